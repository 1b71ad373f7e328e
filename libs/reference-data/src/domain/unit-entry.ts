import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';

export const UNIT_KINDS = ['volume', 'mass'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Volumes are kept in m³; every other unit says how many m³ (or, for a mass, kg) one of it holds. */
export const BASE_VOLUME_UNIT = 'm3';

export const UNIT_NAME = /^[a-z0-9_]+$/;

export interface UnitEntry extends EntryAnnotations {
  /** `m3`, `board_feet`, `kg`, … as quantities name their unit. */
  readonly unit: string;
  readonly kind: UnitKind;
  /** m³ in one unit of volume, or kg in one unit of mass (turned into m³ through the species' green density). */
  readonly factor: number;
}

export function unitFindings(entries: readonly UnitEntry[]): Finding[] {
  const found = entries.flatMap((entry, index) => {
    const own: Finding[] = [];
    if (!UNIT_NAME.test(entry.unit)) own.push(finding(index, 'unit', 'unit must be lower-case letters, digits and "_"'));
    if (!UNIT_KINDS.includes(entry.kind)) own.push(finding(index, 'kind', `kind must be one of ${UNIT_KINDS.join(', ')}`));
    if (!(entry.factor > 0 && Number.isFinite(entry.factor))) own.push(finding(index, 'factor', 'factor must be a positive number'));
    return own;
  });
  const base = entries.find((entry) => entry.unit === BASE_VOLUME_UNIT);
  if (base?.kind !== 'volume' || base.factor !== 1) found.push({ path: 'entries', message: `entries must hold ${BASE_VOLUME_UNIT} as a volume unit of factor 1, the base of every conversion` });
  return [...found, ...duplicateFindings(entries, (entry) => entry.unit, 'unit')];
}

export function findUnit(entries: readonly UnitEntry[], unit: string): UnitEntry | undefined {
  return entries.find((entry) => entry.unit === unit);
}
