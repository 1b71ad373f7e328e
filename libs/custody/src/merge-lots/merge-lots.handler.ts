import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor, type KeyedCommand } from '#http';
import { DomainError, earlierEvents, fold, type StreamStore, uuidFromName } from '#shared-kernel';
import type { LotShare } from '../domain/lot.js';
import type { CreateChildLot, MergeIntoLot } from '../domain/lot.commands.js';
import { lotDecider } from '../domain/lot.decider.js';
import type { LotMergedInto } from '../domain/lot.events.js';
import type { Lot } from '../domain/lot.state.js';
import { volumeOf } from '../dtos/volume.dto.js';
import { assertKeeps, keptAt } from '../lot-access.js';
import { onLot, readLotHistory, stepId, UnknownLot } from '../lot-stream.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import type { MergeLotsDto } from './merge-lots.dto.js';

/** A parent refused after others had already given their volume: the new lot holds what was given, and the answer says so. */
export class MergeIncomplete extends DomainError {
  constructor(lotId: string, given: readonly LotShare[], refusal: DomainError) {
    super('conflict', 'merge_incomplete', `Lot ${lotId} was made from ${given.map((share) => share.lotId).join(', ')} only: ${refusal.message}`, {
      lotId,
      given,
      refusal: { error: refusal.code, message: refusal.message, details: refusal.details },
    });
  }
}

/**
 * Each parent gives its volume first (where its invariants live), then the new lot records what it was given.
 * Every parent is decided against its current state before anything is recorded, so a refusal normally records
 * nothing; only a parent changed by someone else in between can refuse midway (`merge_incomplete`).
 */
@Injectable()
export class MergeLotsHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(body: MergeLotsDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<LotSummary> {
    const histories = await Promise.all(body.parents.map(({ lotId }) => readLotHistory(this.store, lotId)));
    const parents = histories.map((history, index) => fold(lotDecider, history) ?? unknownLot(body.parents[index]!.lotId));
    for (const parent of parents) assertKeeps(actor, parent, 'merge');
    const { id, requestDigest } = commandIdFor('custody/merge-lots', actor, idempotencyKey, body);
    // Made from the command id, so a retry names the same lot, and answers it as it was made.
    const lotId = `LOT-${uuidFromName(`${id}/merged`)}`;
    const mergedHistory = await readLotHistory(this.store, lotId);
    // Refuses a retry of this key with another body before answering the lot it made.
    earlierEvents(mergedHistory, { id: uuidFromName(`${id}/create`), requestDigest });
    const made = fold(lotDecider, mergedHistory);
    if (made) return lotSummary(made);

    const now = new Date().toISOString();
    const [first] = parents as [Lot, ...Lot[]];
    const target = { species: first.species, productType: first.productType, place: keptAt(first) };
    const gives = body.parents.map(({ lotId: parentId, volume }, index) => ({
      parentId,
      stepId: stepId(id, 'give', parentId),
      givenBefore: histories[index]!.some((event) => event.metadata.causationId === stepId(id, 'give', parentId)),
      command: { type: 'MergeIntoLot', data: { targetLotId: lotId, volume: volumeOf(volume), target, at: now } } satisfies MergeIntoLot,
    }));
    // Every parent decides before any records: a refusal leaves nothing behind (a parent that gave before a crash is not asked again).
    gives.forEach((give, index) => give.givenBefore || lotDecider.decide(give.command, parents[index]));

    const given: LotShare[] = [];
    for (const give of gives) {
      try {
        const { events } = await onLot(this.store, give.parentId, { id: give.stepId, command: give.command, actor, occurredAt: now, correlationId: id, requestDigest });
        const merged = events.find((event) => event.type === 'LotMergedInto') as LotMergedInto | undefined;
        if (merged) given.push({ lotId: give.parentId, volume: merged.data.volume });
      } catch (error) {
        if (!(error instanceof DomainError) || given.length === 0) throw error;
        await this.create(lotId, given, target, { id, requestDigest }, actor, now);
        throw new MergeIncomplete(lotId, given, error);
      }
    }
    return lotSummary(await this.create(lotId, given, target, { id, requestDigest }, actor, now));
  }

  private async create(lotId: string, parents: readonly LotShare[], target: Omit<CreateChildLot['data'], 'lotId' | 'parents' | 'at'>, { id, requestDigest }: KeyedCommand, actor: AuthenticatedActor, at: string): Promise<Lot> {
    const command: CreateChildLot = { type: 'CreateChildLot', data: { lotId, parents, ...target, at } };
    const { state } = await onLot(this.store, lotId, { id: uuidFromName(`${id}/create`), command, actor, occurredAt: at, correlationId: id, requestDigest });
    return state!;
  }
}

function unknownLot(lotId: string): never {
  throw new UnknownLot(lotId);
}
