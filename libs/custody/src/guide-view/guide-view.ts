import { Role } from '#auth';
import type { Actor } from '#shared-kernel';
import type { IssuedGuide, Transshipment } from '../domain/guide.js';
import type { ScanVerdictRevised, ShipmentScanned } from '../domain/guide.events.js';
import { type SeizedTimber, seizedTimber } from '../domain/guide.undeclared.js';
import { isBefore } from '../domain/guide.time.js';
import { guideParties } from '../guide-access.js';
import { party } from '../read-access.js';
import { type RecordedGuideEvent } from '../domain/guide.decider.js';

/** `not_issued`: the stream holds only scans of a number no guide was issued under. */
export type GuideStatus = 'open' | 'delivered' | 'annulled' | 'expired' | 'not_issued';

export type GuideClosureView =
  | { readonly status: 'annulled'; readonly at: string; readonly reason: string; readonly by: Actor }
  | { readonly status: 'expired'; readonly at: string; readonly by: Actor }
  | { readonly status: 'delivered'; readonly at: string; readonly facilityId: string; readonly by: Actor };

/** A change of a scan's verdict once a scan observed before it was recorded after it. */
export interface ScanRevisionView {
  readonly previous: ScanVerdictRevised['data']['previous'];
  readonly verdict: ScanVerdictRevised['data']['verdict'];
  readonly reason: ScanVerdictRevised['data']['reason'];
  readonly at: string;
  readonly by: Actor;
}

/** A scan as recorded, with every check's result and verdict as last revised, its revisions, what it seized, and who recorded it. */
export type GuideScanView = ShipmentScanned['data'] & { readonly by: Actor; readonly revisions: readonly ScanRevisionView[]; readonly seized: readonly SeizedTimber[] };

export interface GuideView {
  readonly number: string;
  readonly status: GuideStatus;
  /** The guide as issued; absent when no guide was issued under the number. */
  readonly guide?: IssuedGuide;
  readonly closure?: GuideClosureView;
  /** In observation order, whatever order they were recorded in. */
  readonly scans: readonly GuideScanView[];
  /** Changes of truck its issuer recorded, in the order recorded. */
  readonly transshipments: readonly (Transshipment & { readonly by: Actor })[];
  /** Who may read it besides regulators, as `role:organisation`: the guide's parties and the checkpoints that scanned it. */
  readonly parties: readonly string[];
}

/** The live read model: a guide's stream folded on each read (a guide's stream stays short). */
export function guideView(guideNumber: string, history: readonly RecordedGuideEvent[]): GuideView {
  let guide: IssuedGuide | undefined;
  let closure: GuideClosureView | undefined;
  const scans: GuideScanView[] = [];
  const transshipments: (Transshipment & { readonly by: Actor })[] = [];
  for (const event of history) {
    const by = event.metadata.actor;
    switch (event.type) {
      case 'GuideIssued':
        guide = event.data;
        break;
      case 'GuideAnnulled':
        closure = { status: 'annulled', at: event.data.at, reason: event.data.reason, by };
        break;
      case 'GuideExpired':
        closure = { status: 'expired', at: event.data.at, by };
        break;
      case 'GuideDelivered':
        closure = { status: 'delivered', at: event.data.at, facilityId: event.data.facilityId, by };
        break;
      case 'ShipmentScanned':
        scans.push({ ...event.data, by, revisions: [], seized: seizedTimber(event.data) });
        break;
      case 'ScanVerdictRevised': {
        const { scanId, previous, verdict, results, reason, at } = event.data;
        const index = scans.findIndex((scan) => scan.scanId === scanId);
        const scan = scans[index]!;
        scans[index] = { ...scan, results, verdict, revisions: [...scan.revisions, { previous, verdict, reason, at, by }] };
        break;
      }
      case 'GuideTransshipped': {
        const { number: _number, ...transshipment } = event.data;
        transshipments.push({ ...transshipment, by });
        break;
      }
    }
  }
  const inObservationOrder = scans.map((scan, index) => ({ scan, index })).sort((a, b) => compareObserved(a.scan, b.scan) || a.index - b.index);
  const scanners = scans.map((scan) => party(Role.CheckpointOperator, scan.checkpoint));
  return {
    number: guideNumber,
    status: closure?.status ?? (guide ? 'open' : 'not_issued'),
    ...(guide ? { guide } : {}),
    ...(closure ? { closure } : {}),
    scans: inObservationOrder.map(({ scan }) => scan),
    transshipments,
    parties: [...new Set([...(guide ? guideParties(guide) : []), ...scanners])],
  };
}

function compareObserved(a: GuideScanView, b: GuideScanView): number {
  if (isBefore(a.observedAt, b.observedAt)) return -1;
  return isBefore(b.observedAt, a.observedAt) ? 1 : 0;
}
