import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CheckpointedProcess, CONSUMERS, type ConsumerRegistry, type Delivery } from '#messaging';
import type { LotEvent } from '../domain/lot.events.js';
import { LotLineage, type LotFact } from './lot-lineage.js';

export const LOT_LINEAGE = 'process.custody-lot-lineage';

const CARRIED = ['LotSplit', 'LotMergeRequested', 'LotImmobilised', 'LotConfiscated', 'LotReleased'] as const satisfies readonly LotEvent['type'][];

/**
 * Every lot fact that reaches other lots, carried from the lots' streams: a crash between a split or a merge and the
 * lots it makes heals when the process resumes, and holds follow the timber into lots made since. The use cases carry
 * their splits and merges at once too; each runs once at a time in a process.
 */
@Injectable()
export class LotLineageProcess extends CheckpointedProcess {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CONSUMERS) consumers: ConsumerRegistry,
    private readonly lineage: LotLineage,
  ) {
    super(store, consumers, { name: LOT_LINEAGE, filter: { eventTypes: CARRIED, streamPrefixes: ['lot-'] } });
  }

  protected async handle(event: Delivery): Promise<void> {
    const fact = event as LotFact<(typeof CARRIED)[number]>;
    switch (fact.type) {
      case 'LotSplit':
        return this.lineage.split(fact);
      case 'LotMergeRequested':
        return void (await this.lineage.merge(fact));
      default:
        return this.lineage.follow(fact);
    }
  }
}
