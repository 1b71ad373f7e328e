import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { assertNotDisqualified, eventOfType, peruDateOf, type StreamStore } from '#shared-kernel';
import { partyDisqualificationStream } from '../domain/party-disqualification.js';
import type { RegisterPermit } from '../domain/permit.commands.js';
import type { PermitRegistered } from '../domain/permit.events.js';
import { polygonOf } from '../dtos/polygon.dto.js';
import { validityOf } from '../dtos/validity.dto.js';
import { assertMayRegister } from '../permit-access.js';
import { RegisterPermitCommand } from './register-permit.command.js';
import { permitStream } from '../domain/permit.decider.js';

@CommandHandler(RegisterPermitCommand)
export class RegisterPermitHandler implements ICommandHandler<RegisterPermitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ body, actor, idempotencyKey }: RegisterPermitCommand): Promise<PermitRegistered['data']> {
    assertMayRegister(actor, body.authority);
    const { permitId, kind, holderTaxId, authority, resolutionNumber } = body;
    const command: RegisterPermit = {
      type: 'RegisterPermit',
      data: { permitId, kind, holderTaxId, authority, resolutionNumber, area: polygonOf(body.area), validity: validityOf(body.validity) },
    };
    const { id, requestDigest } = commandIdFor(`harvest/register-permit/${permitId}`, actor, idempotencyKey, body);
    const occurredAt = new Date().toISOString();
    // Checked once a replay is ruled out: a retry of a permit registered before the disqualification answers it.
    const pending = async () => {
      assertNotDisqualified(await partyDisqualificationStream.load(this.store, holderTaxId), peruDateOf(occurredAt));
      return command;
    };
    const { events } = await permitStream.handle(this.store, permitId, { id, command: pending, actor, occurredAt, requestDigest });
    const registered = eventOfType(events, 'PermitRegistered');
    if (!registered) throw new Error(`RegisterPermit on permit ${permitId} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);
    return registered.data;
  }
}
