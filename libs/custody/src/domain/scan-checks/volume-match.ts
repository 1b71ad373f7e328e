import { BASE_UNIT_SYMBOL, roundVolume } from '#shared-kernel';
import { type CheckResult, result } from './check-result.js';
import { matchLoad, totalIn } from './load-matching.js';
import { inUnit } from './measures.js';
import type { GuidedScan } from './scan-context.js';

/**
 * Check 6: per declared species, the amount on the truck within tolerance, in the declared line's base unit after unit
 * conversion (m³, or kg for a product traded by weight); more is undeclared timber, less a surplus on paper. An amount
 * the checkpoint recorded in the other measure is only a warning: the species is declared, and without a density the
 * figures cannot be compared, so it proves nothing undeclared (the scale, where there is one, still weighs the load).
 */
export function checkVolume({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const percent = facts.thresholds.volumeTolerancePercent;
  return matchLoad(guide.issued, scan.observedLines, facts.species).covers.map(({ declared, carried }) => {
    const { name, measure } = declared;
    const unit = BASE_UNIT_SYMBOL[measure];
    const otherMeasure = measure === 'weight' ? 'volume' : 'weight';
    const otherwiseMeasured = carried.some((load) => load.measure === otherMeasure);
    const carriedAmount = totalIn(carried, measure);
    const tolerance = roundVolume((declared.amount * percent) / 100);
    const difference = roundVolume(carriedAmount - declared.amount);
    const expected = { species: name, ...inUnit(measure, declared.amount), tolerancePercent: percent };
    const observed = { ...inUnit(measure, carriedAmount), ...(otherwiseMeasured ? inUnit(otherMeasure, totalIn(carried, otherMeasure)) : {}) };
    if (difference > tolerance) {
      return result('VOLUME_MATCH', 'failure', expected, observed, `${name}: ${carriedAmount} ${unit} on the truck, ${declared.amount} ${unit} declared: ${difference} ${unit} undeclared`);
    }
    if (otherwiseMeasured) {
      const other = `${totalIn(carried, otherMeasure)} ${BASE_UNIT_SYMBOL[otherMeasure]}`;
      return result('VOLUME_MATCH', 'warning', expected, observed, `${name}: declared as ${declared.amount} ${unit}, recorded on the truck as ${other}, which cannot be compared with it`);
    }
    if (-difference > tolerance) {
      return result('VOLUME_MATCH', 'warning', expected, observed, `${name}: ${carriedAmount} ${unit} on the truck, ${declared.amount} ${unit} declared`);
    }
    return result('VOLUME_MATCH', 'pass', expected, observed, `${name}: the ${measure === 'weight' ? 'weight' : 'volume'} matches the guide within ${percent} %`);
  });
}
