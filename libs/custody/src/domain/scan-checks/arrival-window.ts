import { minutesBetween } from '../guide.time.js';
import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

/** Check 4: the load passes a checkpoint of its trajectory within the registered window; a miss fails, and as windows are plans the shipped rules make it an observation. */
export function checkArrivalWindow({ scan, guide }: GuidedScan): CheckResult[] {
  const checkpoint = guide.issued.trajectory.checkpoints.find((candidate) => candidate.code === scan.checkpoint);
  if (!checkpoint) return [];
  const minutes = Math.round(minutesBetween(guide.issued.issuedAt, scan.observedAt));
  const expected = { earliestMinutes: checkpoint.earliestArrivalMinutes, latestMinutes: checkpoint.latestArrivalMinutes };
  const observed = { minutes };
  if (minutes < checkpoint.earliestArrivalMinutes) {
    return [result('ARRIVAL_WINDOW', 'failure', expected, observed, `Reached ${scan.checkpoint} ${minutes} min after issue, before its window opens`)];
  }
  if (minutes > checkpoint.latestArrivalMinutes) {
    return [result('ARRIVAL_WINDOW', 'failure', expected, observed, `Reached ${scan.checkpoint} ${minutes} min after issue, after its window closed`)];
  }
  return [result('ARRIVAL_WINDOW', 'pass', expected, observed, `Reached ${scan.checkpoint} within its registered window`)];
}
