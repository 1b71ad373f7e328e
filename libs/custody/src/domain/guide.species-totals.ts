import { baseAmount, type Measure, measureOf, type Quantity, roundVolume } from '#shared-kernel';
import type { GuideLine } from './guide.js';
import { countedName, nameKey, tidyName } from './guide.names.js';
import { inMeasure } from './lot.volume.js';

export interface SpeciesTotal {
  readonly species: string;
  readonly measure: Measure;
  /** In the measure's base unit: m³, or kg. */
  readonly amount: number;
}

/**
 * What a guide moves per species its lines count against (their lots', also where a line names only the genus) and per
 * measure, lines of one species summed in the base unit: amounts of different measures are never added. Keyed
 * ignoring case and spacing, named as first written.
 */
export function speciesTotals(lines: readonly GuideLine[]): SpeciesTotal[] {
  const totals = new Map<string, SpeciesTotal>();
  for (const line of lines) {
    const name = countedName(line);
    const measure = measureOf(line.volume.unit);
    const key = `${nameKey(name)}|${measure}`;
    const summed = totals.get(key) ?? { species: tidyName(name), measure, amount: 0 };
    totals.set(key, { ...summed, amount: summed.amount + baseAmount(line.volume) });
  }
  return [...totals.values()].map((total) => ({ ...total, amount: roundVolume(total.amount) }));
}

/** A total as a quantity in its base unit. */
export function totalQuantity({ amount, measure }: SpeciesTotal): Quantity {
  return inMeasure(amount, measure);
}
