import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { DisposeConfiscatedLot } from '../domain/lot.commands.js';
import { lotStream } from '../domain/lot.decider.js';
import { assertMayActOnHold } from '../lot-access.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import { DisposeConfiscatedLotCommand } from './dispose-confiscated-lot.command.js';

/** By the authority that confiscated the lot or a national one: the recipient keeps it from now on, free, marked as confiscated timber. */
@CommandHandler(DisposeConfiscatedLotCommand)
export class DisposeConfiscatedLotHandler implements ICommandHandler<DisposeConfiscatedLotCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ lotId, body, actor, idempotencyKey }: DisposeConfiscatedLotCommand): Promise<LotSummary> {
    assertMayActOnHold(actor, await lotStream.loadExisting(this.store, lotId), 'dispose of');
    const { id, requestDigest } = commandIdFor(`custody/dispose-confiscated-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const { method, recipientTaxId, recipientFacilityId, reference } = body;
    const recipient = { taxId: recipientTaxId, ...(recipientFacilityId !== undefined ? { facilityId: recipientFacilityId } : {}) };
    const command: DisposeConfiscatedLot = { type: 'DisposeConfiscatedLot', data: { authority: actor.organisation, method, recipient, reference, at: now } };
    const { state } = await lotStream.handle(this.store, lotId, { id, command, actor, occurredAt: now, requestDigest });
    return lotSummary(state!);
  }
}
