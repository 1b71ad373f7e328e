import { loadCaseId } from '#shared-kernel';
import type { IssuedGuide } from './guide.js';
import type { ScanShipment } from './guide.commands.js';
import { InvalidScan, ScanFactsMismatch, ScanOfAnotherGuide } from './guide.errors.js';
import type { GuideEvent, ShipmentScanned } from './guide.events.js';
import { evolveGuide } from './guide.evolve.js';
import { reviseLaterVerdicts } from './guide.revision.js';
import { lotsScanned } from './guide.scanned-lots.js';
import { scanProblems } from './guide.scan-validation.js';
import type { GuideClosure, GuideState } from './guide.state.js';
import { isBefore } from './guide.time.js';
import { placesBefore } from './guide.waypoints.js';
import { judgeScan } from './scan-checks/judge-scan.js';
import type { GuideAtScan, GuideStanding, ScanObservation } from './scan-checks/scan-context.js';
import type { OriginFacts, ScanFacts } from './scan-checks/scan-facts.js';

/**
 * Judges a scan against the guide and the places the load was seen at before it in observation order, and records it
 * whatever the guide's state; scans observed after it but recorded before are judged again. A scan id already recorded
 * records nothing: the first verdict stands.
 */
export function scanShipment({ data }: ScanShipment, state: GuideState): GuideEvent[] {
  if (state.scans.some((recorded) => recorded.scanId === data.scanId)) return [];
  const { facts, ...scan } = data;
  const problems = scanProblems(scan, facts);
  if (problems.length > 0) throw new InvalidScan(data.scanId, problems);
  const { results, verdict } = judgeScan({ scan, facts, guide: state.issued && guideAtScan(state, state.issued, scan, facts) });
  const lotIds = lotsScanned(state, scan.observedAt);
  const held = verdict.decision === 'immobilise' ? { caseId: loadCaseId(scan.guideNumber) } : {};
  const checkpoint = { authority: facts.checkpoint.authority, checkpointPosition: facts.checkpoint.position };
  const scanned: ShipmentScanned = { type: 'ShipmentScanned', data: { ...scan, ...checkpoint, results, verdict, thresholds: facts.thresholds, rulesVersion: facts.rulesVersion, lotIds, ...held } };
  return [scanned, ...reviseLaterVerdicts(evolveGuide(state, scanned), scanned.data, facts)];
}

function guideAtScan(state: GuideState, issued: IssuedGuide, scan: ScanObservation, facts: ScanFacts): GuideAtScan {
  if (issued.number !== scan.guideNumber) throw new ScanOfAnotherGuide(issued.number, scan.guideNumber);
  const origin = originFacts(issued, facts);
  const destination = facts.destination?.facilityId;
  if (destination !== undefined && destination !== issued.destination.facilityId) throw new ScanFactsMismatch(issued.number, 'destination', issued.destination.facilityId, destination);
  const scansBefore = state.scans.filter((recorded) => !isBefore(scan.observedAt, recorded.observedAt));
  return {
    issued,
    standing: standingAt(state.closure, scan.observedAt),
    origin,
    before: placesBefore(issued, state.closure, scansBefore, scan.observedAt),
    transshipments: state.transshipments.filter((transshipment) => !isBefore(scan.observedAt, transshipment.at)),
  };
}

/** The facts must describe the guide's own kind of origin. */
function originFacts(issued: IssuedGuide, facts: ScanFacts): OriginFacts {
  const origin = facts.origin;
  if (origin?.kind !== issued.origin.kind) throw new ScanFactsMismatch(issued.number, 'origin', issued.origin.kind, origin?.kind ?? null);
  return origin;
}

/** A guide closed after the observation still covered the load when it was scanned (offline uploads). */
function standingAt(closure: GuideClosure | undefined, observedAt: string): GuideStanding {
  if (!closure || isBefore(observedAt, closure.at)) return { status: 'issued' };
  return { status: closure.status, since: closure.at };
}
