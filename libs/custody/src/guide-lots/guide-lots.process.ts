import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CheckpointedProcess, CONSUMERS, type ConsumerRegistry, type Delivery } from '#messaging';
import type { GuideEvent } from '../domain/guide.events.js';
import type { GuideFact } from './guide-facts.js';
import { GuideIssuance } from './guide-issuance.js';
import { GuideLots } from './guide-lots.js';
import { loadIssuedGuide } from '../issued-guide.js';

export const GUIDE_LOTS = 'process.custody-guide-lots';

const CARRIED = ['GuideIssuanceRequested', 'ShipmentScanned', 'ScanVerdictRevised', 'GuideDelivered', 'GuideAnnulled', 'GuideExpired', 'GuideReleased'] as const satisfies readonly GuideEvent['type'][];

/**
 * Every guide fact that reaches its lots, carried from the guide's stream in its order: so a crash between a
 * guide's fact and its lots' steps heals when the process resumes, and the lots take the guide's facts in the
 * order the guide recorded them. The use cases carry their own facts at once too; each runs once at a time.
 */
@Injectable()
export class GuideLotsProcess extends CheckpointedProcess {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CONSUMERS) consumers: ConsumerRegistry,
    private readonly issuance: GuideIssuance,
    private readonly lots: GuideLots,
  ) {
    super(store, consumers, { name: GUIDE_LOTS, filter: { eventTypes: CARRIED, streamPrefixes: ['guide-'] } });
  }

  protected async handle(event: Delivery): Promise<void> {
    const fact = event as GuideFact<(typeof CARRIED)[number]>;
    switch (fact.type) {
      case 'GuideIssuanceRequested':
        return void (await this.issuance.drive(fact as GuideFact<'GuideIssuanceRequested'>));
      case 'ShipmentScanned':
        return this.lots.recordScan(fact as GuideFact<'ShipmentScanned'>);
      case 'ScanVerdictRevised':
        return this.lots.recordRevision(fact as GuideFact<'ScanVerdictRevised'>);
      case 'GuideDelivered':
      case 'GuideReleased':
        return void (await this.lots.close(fact as GuideFact<'GuideDelivered' | 'GuideReleased'>, (fact as GuideFact<'GuideDelivered' | 'GuideReleased'>).data.lots));
      default: {
        const closing = fact as GuideFact<'GuideAnnulled' | 'GuideExpired'>;
        const guide = await loadIssuedGuide(this.store, closing.data.number);
        return void (await this.lots.close(closing, guide.lines.map((line) => line.lotId)));
      }
    }
  }
}
