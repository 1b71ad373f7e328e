import type { TrajectoryCheckpoint } from '../guide.js';
import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';
import { stagedNeighbours } from './trajectory-stage.js';

/**
 * Check 4: no mandatory checkpoint lies unscanned between the scan and its neighbours on the trajectory.
 * Judged only at a checkpoint of the trajectory: elsewhere the load already left its route.
 */
export function checkSkippedCheckpoints(scanned: GuidedScan): CheckResult[] {
  const { here, before, after } = stagedNeighbours(scanned);
  if (here === undefined) return [];
  const { checkpoints } = scanned.guide.issued.trajectory;
  const skipped = [...mandatoryBetween(checkpoints, before.stage, here), ...(after ? mandatoryBetween(checkpoints, here, after.stage) : [])];
  const checkpoint = scanned.scan.checkpoint;
  if (skipped.length === 0) return [result('SKIPPED_CHECKPOINT', 'pass', [], [], `No mandatory checkpoint was skipped on the way to or from ${checkpoint}`)];
  return [result('SKIPPED_CHECKPOINT', 'failure', [], skipped, `Mandatory checkpoints skipped around ${checkpoint}: ${skipped.join(', ')}`)];
}

function mandatoryBetween(checkpoints: readonly TrajectoryCheckpoint[], from: number, to: number): string[] {
  return checkpoints.filter((checkpoint, index) => checkpoint.mandatory && index > from && index < to).map((checkpoint) => checkpoint.code);
}
