import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { InFlight } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import type { LotCommand } from '../domain/lot.commands.js';
import type { LotStepRefused } from '../domain/lot.events.js';
import { lotsScanned } from '../domain/guide.scanned-lots.js';
import type { GuideFact, LotRefusal, LotsOutcome } from './guide-facts.js';
import { lotSteps, revisionSteps, seizureSteps } from './scan-steps.js';
import { guideStream } from '../domain/guide.decider.js';
import { stepId, stepOnLot } from '../lot-steps.js';

/** The guide facts whose effect reaches every lot of the guide, one step per lot. */
export type ClosingFact = GuideFact<'GuideDelivered' | 'GuideAnnulled' | 'GuideExpired' | 'GuideReleased'>;

/**
 * Carries a guide's facts to its lots: a scan is recorded on the lots it saw (and immobilises them when it holds the
 * load); a delivery, annulment or expiry moves each lot; a release lifts the case's hold from each. Each step's id
 * derives from the fact, and a lot's refusal is recorded on it, so carrying a fact again repeats nothing.
 */
@Injectable()
export class GuideLots {
  private readonly runs = new InFlight<LotsOutcome>();

  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  /** The lots a guide fact concerns, each stepped in turn; answers which took it and which refused. */
  close(fact: ClosingFact, lotIds: readonly string[]): Promise<LotsOutcome> {
    return this.runs.run(fact.id, async () => {
      const done: string[] = [];
      const refused: LotRefusal[] = [];
      for (const lotId of lotIds) {
        const { events, refused: refusal } = await stepOnLot(this.store, lotId, stepId(fact.metadata.correlationId, stepName(fact), lotId), commandFor(fact), fact);
        if (!refusal) done.push(lotId);
        else refused.push({ lotId, error: (events[0] as LotStepRefused).data.refusal.error, message: (events[0] as LotStepRefused).data.refusal.message });
      }
      return { done, refused };
    });
  }

  /** Each lot the scan saw takes its steps in order, and what it found beyond the guide is seized; the lots side by side. */
  async recordScan(scan: GuideFact<'ShipmentScanned'>): Promise<void> {
    // Read only for scans recorded before they named their lots, and for scans that hold a load: what it seizes is of its lines' product.
    const guide = scan.data.lotIds === undefined || scan.data.caseId !== undefined ? await guideStream.load(this.store, scan.data.guideNumber) : undefined;
    // Scans recorded before they named their lots: the guide as it stood at the observation.
    const lotIds = scan.data.lotIds ?? (guide ? lotsScanned(guide, scan.data.observedAt) : []);
    const steps = [...lotSteps(scan.id, scan.data, lotIds), ...seizureSteps(scan.id, scan.data, guide?.issued?.lines ?? [])];
    await Promise.all(
      [...new Set(steps.map((step) => step.lotId))].map(async (lotId) => {
        for (const step of steps.filter((candidate) => candidate.lotId === lotId)) await stepOnLot(this.store, lotId, step.commandId, step.command, scan);
      }),
    );
  }

  /** A revised verdict that now holds the load immobilises the lots its scan saw. */
  async recordRevision(revision: GuideFact<'ScanVerdictRevised'>): Promise<void> {
    for (const step of revisionSteps(revision.id, revision.data)) await stepOnLot(this.store, step.lotId, step.commandId, step.command, revision);
  }
}

/** The step names the use cases have always derived their lots' step ids from. */
function stepName(fact: ClosingFact): string {
  if (fact.type === 'GuideDelivered') return 'deliver';
  if (fact.type === 'GuideReleased') return 'release-hold';
  return 'release';
}

function commandFor(fact: ClosingFact): LotCommand {
  switch (fact.type) {
    case 'GuideDelivered':
      return { type: 'DeliverLot', data: { guideNumber: fact.data.number, facilityId: fact.data.facilityId, at: fact.data.at } };
    case 'GuideAnnulled':
      return { type: 'ReleaseFromGuide', data: { guideNumber: fact.data.number, reason: 'guide_annulled', at: fact.data.at } };
    case 'GuideExpired':
      return { type: 'ReleaseFromGuide', data: { guideNumber: fact.data.number, reason: 'guide_expired', at: fact.data.at } };
    case 'GuideReleased':
      return { type: 'ReleaseLot', data: { caseRef: fact.data.caseRef, authority: fact.data.authority, at: fact.data.at } };
    default:
      return unreachable(fact);
  }
}

function unreachable(fact: never): never {
  throw new Error(`Not a closing fact: ${JSON.stringify(fact)}`);
}
