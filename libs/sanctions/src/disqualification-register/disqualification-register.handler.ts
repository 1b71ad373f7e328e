import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import { DISQUALIFICATION_REGISTER, type DisqualificationRegister } from './disqualification-register.port.js';
import { DisqualificationRegisterQuery } from './disqualification-register.query.js';
import type { DisqualificationRegisterResponse } from './disqualification-register.response.js';

/** Async: the register crosses every party, so it reads a projection (eventually consistent, milliseconds behind). */
@QueryHandler(DisqualificationRegisterQuery)
export class DisqualificationRegisterHandler implements IQueryHandler<DisqualificationRegisterQuery> {
  constructor(@Inject(DISQUALIFICATION_REGISTER) private readonly register: DisqualificationRegister) {}

  async execute({ params }: DisqualificationRegisterQuery): Promise<DisqualificationRegisterResponse> {
    const on = peruDateOf(new Date().toISOString());
    const found = await this.register.find({ taxId: params.taxId, runningOn: params.all === 'true' ? undefined : on });
    return { on, disqualifications: found.map((entry) => ({ ...entry, inForce: entry.from <= on && on <= entry.until })) };
  }
}
