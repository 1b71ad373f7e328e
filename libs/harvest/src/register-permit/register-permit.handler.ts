import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { RegisterPermit } from '../domain/permit.commands.js';
import type { PermitRegistered } from '../domain/permit.events.js';
import { polygonOf } from '../dtos/polygon.dto.js';
import { validityOf } from '../dtos/validity.dto.js';
import { assertMayRegister } from '../permit-access.js';
import { recordOnPermit } from '../permit-stream.js';
import type { RegisterPermitDto } from './register-permit.dto.js';

@Injectable()
export class RegisterPermitHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(body: RegisterPermitDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<PermitRegistered['data']> {
    assertMayRegister(actor, body.authority);
    const { permitId, kind, holderTaxId, authority, resolutionNumber } = body;
    const command: RegisterPermit = {
      type: 'RegisterPermit',
      data: { permitId, kind, holderTaxId, authority, resolutionNumber, area: polygonOf(body.area), validity: validityOf(body.validity) },
    };
    const { id, requestDigest } = commandIdFor(`harvest/register-permit/${permitId}`, actor, idempotencyKey, body);
    return recordOnPermit(this.store, permitId, { id, command, actor, occurredAt: new Date().toISOString(), requestDigest }, 'PermitRegistered');
  }
}
