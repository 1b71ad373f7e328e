import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';
import { BINOMIAL, nameKey } from './scientific-name.js';

/** Bounds that no green wood falls outside: a figure beyond them is a slip of unit (g/cm³ for kg/m³), not a density. */
export const GREEN_DENSITY_RANGE = { min: 100, max: 1600 } as const;

/** Green (fresh-felled) density, what a highway scale weighs: turns a weight into an expected volume. */
export interface DensityEntry extends EntryAnnotations {
  readonly scientificName: string;
  readonly greenKgPerM3: number;
}

export function densityFindings(entries: readonly DensityEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => {
      const found: Finding[] = [];
      if (!BINOMIAL.test(entry.scientificName)) found.push(finding(index, 'scientificName', 'scientificName must be a binomial such as "Cedrela odorata"'));
      if (!(entry.greenKgPerM3 >= GREEN_DENSITY_RANGE.min && entry.greenKgPerM3 <= GREEN_DENSITY_RANGE.max)) {
        found.push(finding(index, 'greenKgPerM3', `greenKgPerM3 must lie between ${GREEN_DENSITY_RANGE.min} and ${GREEN_DENSITY_RANGE.max}`));
      }
      return found;
    }),
    ...duplicateFindings(entries, (entry) => nameKey(entry.scientificName), 'scientificName'),
  ];
}

export function findDensity(entries: readonly DensityEntry[], scientificName: string): DensityEntry | undefined {
  const key = nameKey(scientificName);
  return entries.find((entry) => nameKey(entry.scientificName) === key);
}
