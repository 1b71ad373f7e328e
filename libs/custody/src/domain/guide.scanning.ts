import { loadCaseId } from '#shared-kernel';
import type { IssuedGuide } from './guide.js';
import type { ScanShipment } from './guide.commands.js';
import { InvalidScan, ScanFactsMismatch, ScanOfAnotherGuide } from './guide.errors.js';
import type { ShipmentScanned } from './guide.events.js';
import { lotsScanned } from './guide.scanned-lots.js';
import { scanProblems } from './guide.scan-validation.js';
import type { GuideClosure, GuideState, ScanRecord } from './guide.state.js';
import { epochMs, isBefore } from './guide.time.js';
import { judgeScan } from './scan-checks/judge-scan.js';
import type { GuideAtScan, GuideStanding, ScanObservation, Waypoint } from './scan-checks/scan-context.js';
import type { OriginFacts, ScanFacts } from './scan-checks/scan-facts.js';

/**
 * Judges a scan against the guide and the places the load was seen at before and after it in observation
 * order, and records it whatever the guide's state. A scan id already recorded records nothing: the first
 * verdict stands.
 */
export function scanShipment({ data }: ScanShipment, state: GuideState): ShipmentScanned[] {
  if (state.scans.some((recorded) => recorded.scanId === data.scanId)) return [];
  const { facts, ...scan } = data;
  const problems = scanProblems(scan, facts);
  if (problems.length > 0) throw new InvalidScan(data.scanId, problems);
  const { results, verdict } = judgeScan({ scan, facts, guide: state.issued && guideAtScan(state, state.issued, scan, facts) });
  const lotIds = lotsScanned(state, scan.observedAt);
  const held = verdict.decision === 'immobilise' ? { caseId: loadCaseId(scan.guideNumber) } : {};
  return [{ type: 'ShipmentScanned', data: { ...scan, authority: facts.checkpoint.authority, checkpointPosition: facts.checkpoint.position, results, verdict, lotIds, ...held } }];
}

function guideAtScan(state: GuideState, issued: IssuedGuide, scan: ScanObservation, facts: ScanFacts): GuideAtScan {
  if (issued.number !== scan.guideNumber) throw new ScanOfAnotherGuide(issued.number, scan.guideNumber);
  const origin = originFacts(issued, facts);
  const destination = facts.destination?.facilityId;
  if (destination !== undefined && destination !== issued.destination.facilityId) throw new ScanFactsMismatch(issued.number, 'destination', issued.destination.facilityId, destination);
  const known = knownWaypoints(state, issued);
  return {
    issued,
    standing: standingAt(state.closure, scan.observedAt),
    origin,
    before: [departure(issued), ...known.filter((waypoint) => !isBefore(scan.observedAt, waypoint.at))],
    after: known.filter((waypoint) => isBefore(scan.observedAt, waypoint.at)),
    transshipments: state.transshipments.filter((transshipment) => !isBefore(scan.observedAt, transshipment.at)),
  };
}

/** The facts must describe the guide's own kind of origin. */
function originFacts(issued: IssuedGuide, facts: ScanFacts): OriginFacts {
  const origin = facts.origin;
  if (origin?.kind !== issued.origin.kind) throw new ScanFactsMismatch(issued.number, 'origin', issued.origin.kind, origin?.kind ?? null);
  return origin;
}

/** Earlier scans and the arrival, in observation order. */
function knownWaypoints(state: GuideState, issued: IssuedGuide): Waypoint[] {
  const scans = state.scans.map(scanWaypoint);
  if (state.closure?.status !== 'delivered') return scans;
  const arrival: Waypoint = { kind: 'arrival', place: issued.destination.facilityId, position: issued.destination.position, at: state.closure.at };
  return [...scans, arrival].sort((a, b) => epochMs(a.at) - epochMs(b.at));
}

function scanWaypoint(scan: ScanRecord): Waypoint {
  return { kind: 'scan', place: scan.checkpoint, position: scan.checkpointPosition, at: scan.observedAt };
}

function departure(issued: IssuedGuide): Waypoint {
  const place = issued.origin.kind === 'permit' ? issued.origin.permitId : issued.origin.processorId;
  return { kind: 'departure', place, position: issued.origin.position, at: issued.issuedAt };
}

/** A guide closed after the observation still covered the load when it was scanned (offline uploads). */
function standingAt(closure: GuideClosure | undefined, observedAt: string): GuideStanding {
  if (!closure || isBefore(observedAt, closure.at)) return { status: 'issued' };
  return { status: closure.status, since: closure.at };
}
