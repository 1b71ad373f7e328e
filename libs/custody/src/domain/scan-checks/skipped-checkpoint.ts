import type { TrajectoryCheckpoint } from '../guide.js';
import { type CheckResult, result } from './check-result.js';
import type { NeighbourScan } from './scan-context.js';
import { stagedNeighbours } from './trajectory-stage.js';

/**
 * Check 4: no mandatory checkpoint lies unscanned between the place seen before the scan and the scan.
 * Judged only at a checkpoint of the trajectory: elsewhere the load already left its route.
 */
export function checkSkippedCheckpoints(scanned: NeighbourScan): CheckResult[] {
  const { here, before } = stagedNeighbours(scanned);
  if (here === undefined) return [];
  const skipped = mandatoryBetween(scanned.guide.issued.trajectory.checkpoints, before.stage, here);
  const checkpoint = scanned.scan.checkpoint;
  if (skipped.length === 0) return [result('SKIPPED_CHECKPOINT', 'pass', [], [], `No mandatory checkpoint was skipped on the way to ${checkpoint}`)];
  return [result('SKIPPED_CHECKPOINT', 'failure', [], skipped, `Mandatory checkpoints skipped on the way to ${checkpoint}: ${skipped.join(', ')}`)];
}

function mandatoryBetween(checkpoints: readonly TrajectoryCheckpoint[], from: number, to: number): string[] {
  return checkpoints.filter((checkpoint, index) => checkpoint.mandatory && index > from && index < to).map((checkpoint) => checkpoint.code);
}
