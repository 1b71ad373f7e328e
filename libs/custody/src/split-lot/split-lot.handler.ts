import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { SplitLot } from '../domain/lot.commands.js';
import type { LotEvent } from '../domain/lot.events.js';
import { quantityOf } from '../dtos/quantity.dto.js';
import { assertKeeps } from '../lot-access.js';
import { LotLineage } from '../lot-lineage/lot-lineage.js';
import { factIn } from '../recorded-fact.js';
import type { SplitLotResponse } from './split-lot.response.js';
import { SplitLotCommand } from './split-lot.command.js';
import { lotStream } from '../domain/lot.decider.js';

/**
 * The parent gives up the volume first (where its invariants live): its `LotSplit` is the intent, naming each child.
 * The children are then made from it here, or by the lots' lineage process after a crash.
 */
@CommandHandler(SplitLotCommand)
export class SplitLotHandler implements ICommandHandler<SplitLotCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly lineage: LotLineage,
  ) {}

  async execute({ lotId, body, actor, idempotencyKey }: SplitLotCommand): Promise<SplitLotResponse> {
    assertKeeps(actor, await lotStream.loadExisting(this.store, lotId), 'split');
    const { id, requestDigest } = commandIdFor(`custody/split-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    // Child ids are made from the command id, so a retry names the same children.
    const children = body.children.map((child, index) => ({ lotId: `LOT-${uuidFromName(`${id}/child/${index}`)}`, volume: quantityOf(child.volume) }));
    const command: SplitLot = { type: 'SplitLot', data: { children, at: now } };
    const { events } = await lotStream.handle(this.store, lotId, { id: uuidFromName(`${id}/split`), command, actor, occurredAt: now, correlationId: id, requestDigest });
    const split = factIn<LotEvent, 'LotSplit'>(lotStream.streamId(lotId), events, 'LotSplit');
    if (!split) throw new Error(`SplitLot on lot ${lotId} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);
    await this.lineage.split(split);
    return { lotId, remaining: split.data.remaining, children: split.data.children };
  }
}
