import { type CheckResult, result } from './check-result.js';
import type { NeighbourScan } from './scan-context.js';
import { stagedNeighbours } from './trajectory-stage.js';

/**
 * Check 4: the checkpoint is on the registered trajectory, after the place the load was seen at before it;
 * anywhere else the load left its route (diversion) or runs it again (reuse).
 */
export function checkTrajectoryOrder(scanned: NeighbourScan): CheckResult[] {
  const { scan, guide } = scanned;
  const codes = guide.issued.trajectory.checkpoints.map((checkpoint) => checkpoint.code);
  const { here, before } = stagedNeighbours(scanned);
  if (here === undefined) {
    return [
      result('TRAJECTORY_ORDER', 'failure', codes, scan.checkpoint, `Checkpoint ${scan.checkpoint} is not on the registered trajectory (${codes.join(' → ') || 'none'}): the load left its route`),
    ];
  }
  const expected = { after: before.waypoint.place };
  if (here < before.stage) {
    return [
      result(
        'TRAJECTORY_ORDER',
        'failure',
        expected,
        scan.checkpoint,
        `Checkpoint ${scan.checkpoint} lies before ${before.waypoint.place}, where the load already was at ${before.waypoint.at}: the route is being run again`,
      ),
    ];
  }
  if (here === before.stage) return [result('TRAJECTORY_ORDER', 'warning', expected, scan.checkpoint, `Scanned again at ${scan.checkpoint}, also seen there at ${before.waypoint.at}`)];
  return [result('TRAJECTORY_ORDER', 'pass', expected, scan.checkpoint, `Checkpoint ${scan.checkpoint} follows ${before.waypoint.place} on the registered trajectory`)];
}
