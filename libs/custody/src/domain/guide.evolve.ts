import type { GuideEvent, ScanVerdictRevised, ShipmentScanned } from './guide.events.js';
import { holdOf } from './guide.holds.js';
import type { GuideHold, GuideState, ScanRecord } from './guide.state.js';
import { isBefore } from './guide.time.js';

export function evolveGuide(state: GuideState, event: GuideEvent): GuideState {
  switch (event.type) {
    case 'GuideIssuanceRequested':
      return { ...state, requested: event.data };
    case 'GuideIssued':
      return { ...state, requested: undefined, issued: event.data };
    case 'GuideIssuanceRefused':
      return { ...state, requested: undefined };
    case 'GuideAnnulled':
      return { ...state, closure: { status: 'annulled', at: event.data.at } };
    case 'GuideExpired':
      return { ...state, closure: { status: 'expired', at: event.data.at } };
    case 'GuideDelivered':
      return { ...state, closure: { status: 'delivered', at: event.data.at, facilityId: event.data.facilityId } };
    case 'ShipmentScanned': {
      const hold = holdOf(event);
      return { ...state, scans: inObservationOrder(state.scans, record(event)), holds: hold ? [...state.holds, hold] : state.holds };
    }
    case 'ScanVerdictRevised': {
      const { scanId, results, verdict } = event.data;
      const scans = state.scans.map((scan) => (scan.scanId === scanId ? { ...scan, results, verdict } : scan));
      return { ...state, scans, holds: revisedHolds(state.holds, event) };
    }
    case 'GuideReleased':
      return { ...state, holds: state.holds.filter((hold) => hold.caseRef !== event.data.caseRef) };
    case 'GuideTransshipped': {
      const { number: _number, ...transshipment } = event.data;
      return { ...state, transshipments: [...state.transshipments, transshipment] };
    }
    default:
      return unknownEvent(event);
  }
}

function record({ data }: ShipmentScanned): ScanRecord {
  const { scanId, checkpoint, checkpointPosition, authority, observedAt, results, verdict, thresholds, rulesVersion, lotIds = [] } = data;
  return { scanId, checkpoint, checkpointPosition, authority, observedAt, results, verdict, ...(thresholds ? { thresholds } : {}), ...(rulesVersion === undefined ? {} : { rulesVersion }), lotIds };
}

/** A revised scan holds the load only while its verdict immobilises, and only if it saw the guide's lots. */
function revisedHolds(holds: readonly GuideHold[], { data }: ScanVerdictRevised): readonly GuideHold[] {
  const others = holds.filter((hold) => hold.scanId !== data.scanId);
  if (data.verdict.decision !== 'immobilise' || data.caseId === undefined || data.lotIds.length === 0) return others;
  return [...others, { caseRef: data.caseId, scanId: data.scanId, checkpoint: data.checkpoint, authority: data.authority }];
}

/** After every scan observed at or before it: scans observed at the same instant keep the order they were recorded in. */
function inObservationOrder(scans: readonly ScanRecord[], scan: ScanRecord): ScanRecord[] {
  const index = scans.findIndex((other) => isBefore(scan.observedAt, other.observedAt));
  return index < 0 ? [...scans, scan] : [...scans.slice(0, index), scan, ...scans.slice(index)];
}

function unknownEvent(event: never): never {
  throw new Error(`Unknown guide event ${JSON.stringify(event)}`);
}
