import { roundVolume } from '#shared-kernel';
import { type CheckResult, result } from './check-result.js';
import { matchLoad, totalM3 } from './load-matching.js';
import type { GuidedScan } from './scan-context.js';

/** Check 6: m³ per declared species within tolerance, after unit conversion; more is undeclared volume, less a surplus on paper. */
export function checkVolume({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const percent = facts.thresholds.volumeTolerancePercent;
  return matchLoad(guide.issued, scan.observedLines, facts.species).covers.map(({ declared, carried }) => {
    const carriedM3 = totalM3(carried);
    const toleranceM3 = roundVolume((declared.m3 * percent) / 100);
    const difference = roundVolume(carriedM3 - declared.m3);
    const expected = { species: declared.name, m3: declared.m3, tolerancePercent: percent };
    const observed = { m3: carriedM3 };
    if (difference > toleranceM3) {
      return result('VOLUME_MATCH', 'failure', expected, observed, `${declared.name}: ${carriedM3} m³ on the truck, ${declared.m3} m³ declared: ${difference} m³ undeclared`);
    }
    if (-difference > toleranceM3) {
      return result('VOLUME_MATCH', 'warning', expected, observed, `${declared.name}: ${carriedM3} m³ on the truck, ${declared.m3} m³ declared`);
    }
    return result('VOLUME_MATCH', 'pass', expected, observed, `${declared.name}: the volume matches the guide within ${percent} %`);
  });
}
