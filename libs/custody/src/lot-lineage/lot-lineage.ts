import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { FAULTS, type FaultPoints, InFlight } from '#messaging';
import { fold, type Refusal, type StreamStore, uuidFromName } from '#shared-kernel';
import type { LotShare } from '../domain/lot.js';
import type { LotCommand } from '../domain/lot.commands.js';
import { lotDecider, lotStream } from '../domain/lot.decider.js';
import type { LotEvent, LotMergedInto, LotStepRefused } from '../domain/lot.events.js';
import type { Lot } from '../domain/lot.state.js';
import type { Fact } from '../recorded-fact.js';
import { stepId, stepOnLot } from '../lot-steps.js';

export type LotFact<T extends LotEvent['type'] = LotEvent['type']> = Fact<LotEvent, T>;

export interface MergeOutcome {
  /** The lot made of what the parents gave; none when every parent refused. */
  readonly lot?: Lot;
  readonly given: readonly LotShare[];
  readonly refused: readonly { readonly lotId: string; readonly refusal: Refusal }[];
}

/** A descendant the process must hold has not been made yet: its workflow is still to make it, so the step is tried again. */
class DescendantNotYetMade extends Error {
  constructor(lotId: string) {
    super(`Lot ${lotId} is not made yet`);
  }
}

/**
 * What a lot's facts do to the lots around it: a split makes its children, a merge request asks each parent to give
 * then makes the lot of what was given, and a hold, confiscation or release follows the timber into every lot it
 * became. Steps' ids derive from the fact and lots' refusals are recorded, so carrying a fact again repeats nothing.
 */
@Injectable()
export class LotLineage {
  private readonly merges = new InFlight<MergeOutcome>();
  private readonly splits = new InFlight<void>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(FAULTS) private readonly faults: FaultPoints,
  ) {}

  /** Each child of the split is made with the volume its parent gave it (a child cannot refuse: its id is new). */
  split(fact: LotFact<'LotSplit'>): Promise<void> {
    return this.splits.run(fact.id, async () => {
      const { lotId, species, productType, place, at } = fact.data;
      for (const [index, child] of fact.data.children.entries()) {
        const command: LotCommand = { type: 'CreateChildLot', data: { lotId: child.lotId, parents: [{ lotId, volume: child.volume }], species, productType, place, at } };
        await stepOnLot(this.store, child.lotId, stepId(fact.metadata.correlationId, 'create', child.lotId), command, fact);
        this.faults.reached(`split/${lotId}/created/${index + 1}`);
      }
    });
  }

  /** Each parent gives (or refuses, recorded on it), then the lot is made of what was given, or the merge is abandoned. */
  merge(fact: LotFact<'LotMergeRequested'>): Promise<MergeOutcome> {
    return this.merges.run(fact.id, async () => {
      const { lotId, target, at } = fact.data;
      const { correlationId } = fact.metadata;
      const given: LotShare[] = [];
      const refused: { lotId: string; refusal: Refusal }[] = [];
      for (const parent of fact.data.parents) {
        const give: LotCommand = { type: 'MergeIntoLot', data: { targetLotId: lotId, volume: parent.volume, target, at } };
        const { events, refused: refusal } = await stepOnLot(this.store, parent.lotId, stepId(correlationId, 'give', parent.lotId), give, fact);
        if (refusal) refused.push({ lotId: parent.lotId, refusal: (events[0] as LotStepRefused).data.refusal });
        else given.push({ lotId: parent.lotId, volume: (events.find((event) => event.type === 'LotMergedInto') as LotMergedInto).data.volume });
        this.faults.reached(`merge/${fact.data.parents[0]?.lotId}/gave/${given.length + refused.length}`);
      }
      const last: LotCommand =
        given.length === 0 ? { type: 'AbandonMerge', data: { lotId, at } } : { type: 'CreateChildLot', data: { lotId, parents: given, ...target, at } };
      const { state } = await stepOnLot(this.store, lotId, uuidFromName(`${correlationId}/${given.length === 0 ? 'abandon' : 'create'}`), last, fact);
      return { ...(state ? { lot: state } : {}), given, refused };
    });
  }

  /** A hold, confiscation or release of the lot, carried to every lot its timber went into since. */
  async follow(fact: LotFact<'LotImmobilised' | 'LotConfiscated' | 'LotReleased'>): Promise<void> {
    const lot = await this.lot(fact.data.lotId);
    for (const child of lot?.children ?? []) await this.descendant(fact, child.lotId);
  }

  /** A closed lot holds no timber any more: the hold goes on to the lots it became. */
  private async descendant(fact: LotFact<'LotImmobilised' | 'LotConfiscated' | 'LotReleased'>, lotId: string): Promise<void> {
    const lot = await this.lot(lotId);
    if (!lot) throw new DescendantNotYetMade(lotId);
    if (lot.closedBy !== undefined) {
      for (const child of lot.children) await this.descendant(fact, child.lotId);
      return;
    }
    const command = following(fact, lot);
    if (command) await stepOnLot(this.store, lotId, uuidFromName(`${fact.id}/follows/${lotId}`), command, fact);
  }

  private async lot(lotId: string): Promise<Lot | undefined> {
    return fold(lotDecider, await lotStream.read(this.store, lotId));
  }
}

/** The same measure under the same case; a release only where the case holds the lot. */
function following(fact: LotFact<'LotImmobilised' | 'LotConfiscated' | 'LotReleased'>, lot: Lot): LotCommand | undefined {
  const { caseRef, authority, at } = fact.data;
  switch (fact.type) {
    case 'LotImmobilised':
      return { type: 'ImmobiliseLot', data: { caseRef, reason: `Made from lot ${fact.data.lotId}, immobilised under ${caseRef}`, authority, at } };
    case 'LotConfiscated':
      return { type: 'ConfiscateLot', data: { caseRef, authority, at } };
    default:
      return lot.hold.kind === 'immobilised' && lot.hold.caseRef === caseRef ? { type: 'ReleaseLot', data: { caseRef, authority, at } } : undefined;
  }
}
