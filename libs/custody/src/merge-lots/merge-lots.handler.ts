import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { DomainError, fold, type Refusal, refusedError, type StreamStore, uuidFromName } from '#shared-kernel';
import type { LotShare } from '../domain/lot.js';
import type { MergeIntoLot, RequestMerge } from '../domain/lot.commands.js';
import { lotDecider, lotStream } from '../domain/lot.decider.js';
import type { LotEvent } from '../domain/lot.events.js';
import { quantityOf } from '../dtos/quantity.dto.js';
import { assertKeeps, keptAt } from '../lot-access.js';
import { LotLineage } from '../lot-lineage/lot-lineage.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import { factIn } from '../recorded-fact.js';
import { MergeLotsCommand } from './merge-lots.command.js';
import { UnknownLot } from '../domain/lot.errors.js';

/** A parent refused after others had already given their volume: the new lot holds what was given, and the answer says so. */
export class MergeIncomplete extends DomainError {
  constructor(lotId: string, given: readonly LotShare[], refusal: Refusal) {
    super('conflict', 'merge_incomplete', `Lot ${lotId} was made from ${given.map((share) => share.lotId).join(', ')} only: ${refusal.message}`, {
      lotId,
      given,
      refusal: { error: refusal.error, message: refusal.message, details: refusal.details },
    });
  }
}

/**
 * Every parent is decided against its current state before anything is recorded, so a refusal normally records
 * nothing. Then the merge is requested on the new lot's stream (the intent), each parent gives, and the lot is made
 * of what they gave — here, or by the lots' lineage process after a crash. Only a parent changed by someone else in
 * between can refuse midway (`merge_incomplete`).
 */
@CommandHandler(MergeLotsCommand)
export class MergeLotsHandler implements ICommandHandler<MergeLotsCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly lineage: LotLineage,
  ) {}

  async execute({ body, actor, idempotencyKey }: MergeLotsCommand): Promise<LotSummary> {
    const histories = await Promise.all(body.parents.map(({ lotId }) => lotStream.read(this.store, lotId)));
    const parents = histories.map((history, index) => fold(lotDecider, history) ?? unknownLot(body.parents[index]!.lotId));
    for (const parent of parents) assertKeeps(actor, parent, 'merge');
    const { id, requestDigest } = commandIdFor('custody/merge-lots', actor, idempotencyKey, body);
    // Made from the command id, so a retry names the same lot, and answers it as it was made.
    const lotId = `LOT-${uuidFromName(`${id}/merged`)}`;
    const now = new Date().toISOString();
    const [first] = parents;
    const target = { species: first!.species, productType: first!.productType, place: keptAt(first!) };
    const shares = body.parents.map(({ lotId: parentId, volume }) => ({ lotId: parentId, volume: quantityOf(volume) }));
    const merged = await lotStream.read(this.store, lotId);
    if (merged.length === 0) {
      // Every parent decides before anything is recorded: a refusal leaves nothing behind.
      shares.forEach((share, index) => lotDecider.decide({ type: 'MergeIntoLot', data: { targetLotId: lotId, volume: share.volume, target, at: now } } satisfies MergeIntoLot, parents[index]));
    }
    const request: RequestMerge = { type: 'RequestMerge', data: { lotId, parents: shares, target, at: now } };
    const { events } = await lotStream.handle(this.store, lotId, { id: uuidFromName(`${id}/request`), command: request, actor, occurredAt: now, correlationId: id, requestDigest }, { history: merged });
    const requested = factIn<LotEvent, 'LotMergeRequested'>(lotStream.streamId(lotId), events, 'LotMergeRequested');
    if (!requested) throw new Error(`RequestMerge on lot ${lotId} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);
    const { lot, given, refused } = await this.lineage.merge(requested);
    const [refusal] = refused;
    if (!lot) throw refusedError(refusal!.refusal);
    if (refusal) throw new MergeIncomplete(lotId, given, refusal.refusal);
    return lotSummary(lot);
  }
}

function unknownLot(lotId: string): never {
  throw new UnknownLot(lotId);
}
