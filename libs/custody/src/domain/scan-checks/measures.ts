import { baseAmount, type Measure, type Quantity, roundVolume } from '#shared-kernel';

// Evidence is recorded at the precision an officer would read it; comparisons use the unrounded figures.

/** A quantity in its measure's base unit: m³, or kg. */
export function base(quantity: Quantity): number {
  return roundVolume(baseAmount(quantity));
}

/** An evidence field named for its unit: `m3`, or `kg` for a weight, so no kg ever sits in a field named in m³. */
export function inUnit(measure: Measure, amount: number): { readonly m3: number } | { readonly kg: number } {
  return measure === 'weight' ? { kg: amount } : { m3: amount };
}

/** An evidence field name with its unit: `authorisedM3`, or `authorisedKg` for a weight. */
export function unitField(name: string, measure: Measure): string {
  return `${name}${measure === 'weight' ? 'Kg' : 'M3'}`;
}

export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
