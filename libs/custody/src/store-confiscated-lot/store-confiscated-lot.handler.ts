import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { StoreConfiscatedLot } from '../domain/lot.commands.js';
import { lotStream } from '../domain/lot.decider.js';
import { assertMayActOnHold } from '../lot-access.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import { StoreConfiscatedLotCommand } from './store-confiscated-lot.command.js';

/** By the authority that confiscated the lot or a national one; the lot stays confiscated, kept in the warehouse. */
@CommandHandler(StoreConfiscatedLotCommand)
export class StoreConfiscatedLotHandler implements ICommandHandler<StoreConfiscatedLotCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ lotId, body, actor, idempotencyKey }: StoreConfiscatedLotCommand): Promise<LotSummary> {
    assertMayActOnHold(actor, await lotStream.loadExisting(this.store, lotId), 'store');
    const { id, requestDigest } = commandIdFor(`custody/store-confiscated-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const command: StoreConfiscatedLot = { type: 'StoreConfiscatedLot', data: { authority: actor.organisation, warehouse: body.warehouse, at: now } };
    const { state } = await lotStream.handle(this.store, lotId, { id, command, actor, occurredAt: now, requestDigest });
    return lotSummary(state!);
  }
}
