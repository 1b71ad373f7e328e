import { distanceToPathKm } from '#shared-kernel';
import { type CheckResult, result } from './check-result.js';
import { roundKm } from './measures.js';
import type { GuidedScan } from './scan-context.js';
import { trajectoryPath } from './trajectory-stage.js';

/** Check 4: where the scan was taken lies inside the corridor around the registered trajectory. */
export function checkCorridor({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const widthKm = guide.issued.trajectory.corridorWidthKm ?? facts.thresholds.corridorWidthKm;
  const distanceKm = distanceToPathKm(scan.position, trajectoryPath(guide.issued));
  const expected = { withinKm: widthKm };
  const observed = { distanceKm: roundKm(distanceKm) };
  if (distanceKm <= widthKm) return [result('CORRIDOR', 'pass', expected, observed, `Scanned ${roundKm(distanceKm)} km from the registered trajectory, inside its corridor`)];
  return [result('CORRIDOR', 'failure', expected, observed, `Scanned ${roundKm(distanceKm)} km from the registered trajectory, outside its ${widthKm} km corridor: the load left its route`)];
}
