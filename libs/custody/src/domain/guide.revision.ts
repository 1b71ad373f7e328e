import { loadCaseId } from '#shared-kernel';
import type { IssuedGuide } from './guide.js';
import type { GuideEvent, GuideReleased, ScanVerdictRevised, ShipmentScanned } from './guide.events.js';
import { evolveGuide } from './guide.evolve.js';
import type { GuideState, ScanRecord } from './guide.state.js';
import { placesBefore } from './guide.waypoints.js';
import type { ShipmentVerdict } from './scan-checks/check-result.js';
import { judgeAgain } from './scan-checks/judge-scan.js';
import type { ScanFacts, Sighting } from './scan-checks/scan-facts.js';

/** The rules the late scan was judged by: what a scan recorded before they were kept with it is judged again by. */
type ScanRules = Pick<ScanFacts, 'thresholds' | 'rulesVersion'>;

/**
 * The scans observed after a late one were judged without it: each one's route is judged again on the places now known
 * before it, and the late scan counted among its sightings, so the verdicts end as if every scan had arrived in
 * observation order. A changed verdict is recorded as a revision, and a case no verdict holds the load under any more
 * is released. `state` already holds the late scan.
 */
export function reviseLaterVerdicts(state: GuideState, late: ShipmentScanned['data'], rules: ScanRules): GuideEvent[] {
  const issued = state.issued;
  if (!issued) return [];
  const index = state.scans.findIndex((scan) => scan.scanId === late.scanId);
  const revisions = state.scans.slice(index + 1).flatMap((scan, offset) => revision(state, issued, scan, state.scans.slice(0, index + 1 + offset), late, rules));
  return [...revisions, ...released(state, revisions.reduce<GuideState>(evolveGuide, state), issued, late)];
}

function revision(state: GuideState, issued: IssuedGuide, scan: ScanRecord, scansBefore: readonly ScanRecord[], late: ShipmentScanned['data'], rules: ScanRules): ScanVerdictRevised[] {
  const { scanId, checkpoint, checkpointPosition, authority, observedAt, lotIds } = scan;
  // A scan recorded before its thresholds, or their version, were kept takes the late scan's.
  const { thresholds = rules.thresholds, rulesVersion = rules.rulesVersion } = scan;
  const scanned = {
    scan: { checkpoint, observedAt },
    facts: { checkpoint: { code: checkpoint, position: checkpointPosition, authority }, thresholds, rulesVersion },
    guide: { issued, before: placesBefore(issued, state.closure, scansBefore, observedAt) },
  };
  const { results, verdict } = judgeAgain(scan.results, scanned, sightingOf(late));
  if (sameVerdict(verdict, scan.verdict)) return [];
  const reason = { scanId: late.scanId, checkpoint: late.checkpoint, observedAt: late.observedAt };
  const held = verdict.decision === 'immobilise' ? { caseId: loadCaseId(issued.number) } : {};
  return [{ type: 'ScanVerdictRevised', data: { guideNumber: issued.number, scanId, checkpoint, authority, observedAt, previous: scan.verdict, verdict, results, reason, lotIds, ...held, at: late.recordedAt } }];
}

/** The late scan as the scans observed after it would have seen it among their sightings, had it arrived first. */
function sightingOf({ checkpoint, checkpointPosition, observedAt, guideNumber, plate }: ShipmentScanned['data']): Sighting {
  return { checkpoint, position: checkpointPosition, observedAt, guideNumber, plate };
}

/** Each case that held the load before the revisions and holds it under no verdict after them. */
function released(before: GuideState, after: GuideState, issued: IssuedGuide, late: ShipmentScanned['data']): GuideReleased[] {
  const lifted = before.holds.filter((hold) => !after.holds.some((other) => other.caseRef === hold.caseRef));
  const cases = [...new Map(lifted.map((hold) => [hold.caseRef, hold])).values()];
  const lots = issued.lines.map((line) => line.lotId);
  return cases.map(({ caseRef, authority }) => ({ type: 'GuideReleased', data: { number: issued.number, caseRef, authority, lots, at: late.recordedAt, revisedBy: late.scanId } }));
}

function sameVerdict(a: ShipmentVerdict, b: ShipmentVerdict): boolean {
  return a.decision === b.decision && a.failed.join() === b.failed.join() && a.warnings.join() === b.warnings.join();
}
