import { compareDecimals, isDecimal } from './decimal.js';
import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';
import { BINOMIAL, nameKey } from './scientific-name.js';

/** What a m³ of a species' timber is worth in natural state (standing or roundwood): the illicit benefit of a fine is reckoned from it. */
export interface SpeciesValueEntry extends EntryAnnotations {
  readonly scientificName: string;
  /** Soles per m³, a decimal string (`"850.50"`), never a float. */
  readonly solesPerM3: string;
}

export function speciesValueFindings(entries: readonly SpeciesValueEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => {
      const found: Finding[] = [];
      if (!BINOMIAL.test(entry.scientificName)) found.push(finding(index, 'scientificName', 'scientificName must be a binomial such as "Cedrela odorata"'));
      if (!isDecimal(entry.solesPerM3) || compareDecimals(entry.solesPerM3, '0') === 0) {
        found.push(finding(index, 'solesPerM3', 'solesPerM3 must be a positive decimal written as a string, such as "850.50"'));
      }
      return found;
    }),
    ...duplicateFindings(entries, (entry) => nameKey(entry.scientificName), 'scientificName'),
  ];
}

export function findSpeciesValue(entries: readonly SpeciesValueEntry[], scientificName: string): SpeciesValueEntry | undefined {
  const key = nameKey(scientificName);
  return entries.find((entry) => nameKey(entry.scientificName) === key);
}
