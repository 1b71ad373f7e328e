import { checkArrivalWindow } from './arrival-window.js';
import { type CheckResult, type RuleCode, RULES, type ShipmentVerdict } from './check-result.js';
import { checkCitesPermits } from './cites-permit.js';
import { checkCloneSightings, checkCloneSightingsAgain } from './clone-sighting.js';
import { checkCorridor } from './corridor.js';
import { checkDestination } from './destination.js';
import { checkGenusLevel } from './genus-level.js';
import { checkGuideValid } from './guide-valid.js';
import { checkOriginQuota } from './origin-quota.js';
import { checkOriginStanding } from './origin-standing.js';
import { checkOriginYield } from './origin-yield.js';
import { checkPieceCodes } from './piece-codes.js';
import { checkPieces } from './pieces-match.js';
import { applyPublishedOutcomes } from './published-outcomes.js';
import type { GuidedScan, NeighbourScan, ScanContext } from './scan-context.js';
import type { Sighting } from './scan-facts.js';
import { checkSkippedCheckpoints } from './skipped-checkpoint.js';
import { checkSpeciesMatch } from './species-match.js';
import { checkTimeWindow } from './time-window.js';
import { checkTrajectoryOrder } from './trajectory-order.js';
import { checkTravelTooFast, checkTravelTooSlow } from './travel-time.js';
import { checkDriver, checkVehicle } from './vehicle-match.js';
import { checkVolume } from './volume-match.js';
import { checkWeight } from './weight-match.js';

type Check = (context: ScanContext) => readonly CheckResult[];

/** Checks against the guide have nothing to compare with when no guide was issued: that scan is judged on the load alone. */
function guided(check: (scanned: GuidedScan) => readonly CheckResult[]): Check {
  return (context) => (context.guide ? check({ ...context, guide: context.guide }) : []);
}

/** Every check, in the order domain.md lists them. */
const CHECKS: readonly Check[] = [
  checkGuideValid,
  guided(checkTimeWindow),
  guided(checkVehicle),
  guided(checkDriver),
  guided(checkTrajectoryOrder),
  guided(checkSkippedCheckpoints),
  guided(checkCorridor),
  guided(checkArrivalWindow),
  guided(checkTravelTooFast),
  guided(checkTravelTooSlow),
  checkCloneSightings,
  guided(checkSpeciesMatch),
  guided(checkGenusLevel),
  guided(checkPieces),
  guided(checkPieceCodes),
  guided(checkVolume),
  guided(checkWeight),
  guided(checkOriginStanding),
  guided(checkOriginQuota),
  guided(checkOriginYield),
  checkCitesPermits,
  guided(checkDestination),
];

export interface ScanJudgement {
  readonly results: readonly CheckResult[];
  readonly verdict: ShipmentVerdict;
}

/** Runs every check and records every result, as the published rules make them; the verdict follows from the worst of them. */
export function judgeScan(context: ScanContext): ScanJudgement {
  const results = applyPublishedOutcomes(CHECKS.flatMap((check) => check(context)), context.facts);
  return { results, verdict: verdictOf(results) };
}

/** The checks that read the places seen before the scan. */
const ROUTE_CHECKS = [checkTrajectoryOrder, checkSkippedCheckpoints, checkTravelTooFast, checkTravelTooSlow];
/** What a scan observed before it, recorded later, can change: its route and its sightings. */
const JUDGED_AGAIN: ReadonlySet<RuleCode> = new Set(['TRAJECTORY_ORDER', 'SKIPPED_CHECKPOINT', 'TRAVEL_TOO_FAST', 'TRAVEL_TOO_SLOW', 'CLONE_SIGHTING']);

/** Whether the scan was judged against an issued guide's route (a scan of a number not yet issued was not). */
function judgedOnRoute(results: readonly CheckResult[]): boolean {
  return results.some((checked) => checked.rule === 'TRAJECTORY_ORDER');
}

/** Judges a recorded scan again with a late scan observed before it: its route on the places now known before it, and the late scan as a sighting; its other results stand as recorded. */
export function judgeAgain(recorded: readonly CheckResult[], scanned: NeighbourScan, late: Sighting): ScanJudgement {
  // A scan judged on the load alone, before the guide was issued, has no route to judge again.
  const route = judgedOnRoute(recorded) ? applyPublishedOutcomes(ROUTE_CHECKS.flatMap((check) => check(scanned)), scanned.facts) : [];
  const again = [...route, ...checkCloneSightingsAgain(recorded, scanned, late)];
  const results = [...recorded.filter((checked) => !JUDGED_AGAIN.has(checked.rule)), ...again].sort((a, b) => RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
  return { results, verdict: verdictOf(results) };
}

export function verdictOf(results: readonly CheckResult[]): ShipmentVerdict {
  const failed = rulesWith(results, 'failure');
  const warnings = rulesWith(results, 'warning');
  return { decision: failed.length > 0 ? 'immobilise' : warnings.length > 0 ? 'observations' : 'cleared', failed, warnings };
}

function rulesWith(results: readonly CheckResult[], outcome: 'failure' | 'warning'): RuleCode[] {
  return RULES.filter((rule) => results.some((checked) => checked.rule === rule && checked.outcome === outcome));
}
