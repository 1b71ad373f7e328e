import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';

/** The UIT (Peru's tax unit) of one year, in soles: fines are set in UIT and paid at the UIT of the payment date. */
export interface UitEntry extends EntryAnnotations {
  readonly year: number;
  readonly soles: number;
}

export function uitFindings(entries: readonly UitEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => {
      const found: Finding[] = [];
      if (!Number.isInteger(entry.year) || entry.year < 1900) found.push(finding(index, 'year', 'year must be a whole year from 1900'));
      if (!(entry.soles > 0)) found.push(finding(index, 'soles', 'soles must be positive'));
      return found;
    }),
    ...duplicateFindings(entries, (entry) => String(entry.year), 'year'),
  ];
}

export function findUit(entries: readonly UitEntry[], year: number): UitEntry | undefined {
  return entries.find((entry) => entry.year === year);
}
