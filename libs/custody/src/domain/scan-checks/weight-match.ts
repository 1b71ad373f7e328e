import { type CheckResult, result } from './check-result.js';
import { declaredLoad, speciesFacts } from './load-matching.js';
import type { GuidedScan } from './scan-context.js';

/**
 * Check 6, when the checkpoint has a scale: the load's net weight against what the guide declares: a line declared by
 * weight counts as declared, in kg; a line declared by volume through its species' green density. Heavier than the
 * tolerance allows means undeclared timber (an observation only while a density it rests on awaits confirmation);
 * lighter, a surplus on paper. A guide of weight lines alone needs no density.
 */
export function checkWeight({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const weighedKg = scan.scaleWeightKg;
  if (weighedKg === undefined) return [];
  const percent = facts.thresholds.weightTolerancePercent;
  const loads = declaredLoad(guide.issued);
  const declaredKg = loads.filter((load) => load.measure === 'weight').reduce((sum, load) => sum + load.amount, 0);
  const byVolume = loads
    .filter((load) => load.measure === 'volume')
    .map((load) => {
      const known = speciesFacts(facts.species, load.name);
      return { load, density: known?.greenDensityKgPerM3 ?? null, unconfirmed: known?.greenDensityUnconfirmed === true };
    });
  const unconfirmed = byVolume.filter((entry) => entry.unconfirmed).map(({ load }) => load.name);
  const withoutDensity = byVolume.filter(({ density }) => density === null).map(({ load }) => load.name);
  if (withoutDensity.length > 0) {
    return [result('WEIGHT_MATCH', 'warning', { densityOf: withoutDensity }, { kg: weighedKg }, `No green density for ${withoutDensity.join(', ')}: the weight could not be judged`)];
  }
  const estimatedKg = Math.round(declaredKg + byVolume.reduce((sum, { load, density }) => sum + load.amount * density!, 0));
  const basis = byVolume.length === 0 ? 'weight' : declaredKg > 0 ? 'weight and volume' : 'volume';
  const expected = { estimatedKg, ...(declaredKg > 0 ? { declaredKg: Math.round(declaredKg) } : {}), tolerancePercent: percent };
  const observed = { kg: weighedKg };
  if (weighedKg > estimatedKg * (1 + percent / 100)) {
    const heavier = `The load weighs ${weighedKg} kg, ${estimatedKg} kg expected from the declared ${basis}: undeclared ${basis === 'volume' ? 'volume' : 'load'}`;
    if (unconfirmed.length > 0) return [result('WEIGHT_MATCH', 'warning', { ...expected, unconfirmedDensities: unconfirmed }, observed, `${heavier}, by densities not yet confirmed (${unconfirmed.join(', ')})`)];
    return [result('WEIGHT_MATCH', 'failure', expected, observed, heavier)];
  }
  if (weighedKg < estimatedKg * (1 - percent / 100)) {
    return [result('WEIGHT_MATCH', 'warning', expected, observed, `The load weighs ${weighedKg} kg, ${estimatedKg} kg expected from the declared ${basis}`)];
  }
  return [result('WEIGHT_MATCH', 'pass', expected, observed, `The weight matches the declared ${basis} within ${percent} %`)];
}
