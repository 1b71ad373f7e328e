import { type CheckResult, result } from './check-result.js';
import { declaredLoad, speciesFacts } from './load-matching.js';
import type { GuidedScan } from './scan-context.js';

/**
 * Check 6, when the checkpoint has a scale: the load's net weight against the declared volume times each
 * species' green density. Heavier than the tolerance allows means undeclared volume (an observation only while a
 * density it rests on awaits confirmation); lighter, paper volume.
 */
export function checkWeight({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const weighedKg = scan.scaleWeightKg;
  if (weighedKg === undefined) return [];
  const percent = facts.thresholds.weightTolerancePercent;
  const declared = declaredLoad(guide.issued).map((load) => {
    const known = speciesFacts(facts.species, load.name);
    return { load, density: known?.greenDensityKgPerM3 ?? null, unconfirmed: known?.greenDensityUnconfirmed === true };
  });
  const unconfirmed = declared.filter((entry) => entry.unconfirmed).map(({ load }) => load.name);
  const withoutDensity = declared.filter(({ density }) => density === null).map(({ load }) => load.name);
  const kgPerSpecies = declared.flatMap(({ load, density }) => (density === null ? [] : [load.m3 * density]));
  if (withoutDensity.length > 0) {
    return [result('WEIGHT_MATCH', 'warning', { densityOf: withoutDensity }, { kg: weighedKg }, `No green density for ${withoutDensity.join(', ')}: the weight could not be judged`)];
  }
  const estimatedKg = Math.round(kgPerSpecies.reduce((sum, kg) => sum + kg, 0));
  const expected = { estimatedKg, tolerancePercent: percent };
  const observed = { kg: weighedKg };
  if (weighedKg > estimatedKg * (1 + percent / 100)) {
    const heavier = `The load weighs ${weighedKg} kg, ${estimatedKg} kg expected from the declared volume: undeclared volume`;
    if (unconfirmed.length > 0) return [result('WEIGHT_MATCH', 'warning', { ...expected, unconfirmedDensities: unconfirmed }, observed, `${heavier}, by densities not yet confirmed (${unconfirmed.join(', ')})`)];
    return [result('WEIGHT_MATCH', 'failure', expected, observed, heavier)];
  }
  if (weighedKg < estimatedKg * (1 - percent / 100)) {
    return [result('WEIGHT_MATCH', 'warning', expected, observed, `The load weighs ${weighedKg} kg, ${estimatedKg} kg expected from the declared volume`)];
  }
  return [result('WEIGHT_MATCH', 'pass', expected, observed, `The weight matches the declared volume within ${percent} %`)];
}
