import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding, isBlank } from './entry-findings.js';

/** This system's own checkpoint codes: upper-case letters and digits in dash-separated parts. */
export const CHECKPOINT_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** A forestry control point on a road, run by an authority. */
export interface CheckpointEntry extends EntryAnnotations {
  readonly code: string;
  readonly name: string;
  /** SERFOR, or the regional authority (`ARFFS-UCAYALI`) whose officers run it. */
  readonly authority: string;
  readonly region: string;
  readonly road: string;
  /** Distance along `road` from its start, so checkpoints on one road sort in travel order. */
  readonly roadKm: number;
  /** WGS 84 decimal degrees, given to at least six decimals. */
  readonly latitude: number;
  readonly longitude: number;
}

export function checkpointFindings(entries: readonly CheckpointEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => entryFindings(entry, index)),
    ...duplicateFindings(entries, (entry) => entry.code, 'code'),
  ];
}

function entryFindings(entry: CheckpointEntry, index: number): Finding[] {
  const found: Finding[] = [];
  if (!CHECKPOINT_CODE.test(entry.code)) found.push(finding(index, 'code', 'code must be upper-case letters and digits, parts joined by "-"'));
  for (const field of ['name', 'authority', 'region', 'road'] as const) {
    if (isBlank(entry[field])) found.push(finding(index, field, `${field} must not be blank`));
  }
  if (!(entry.roadKm >= 0)) found.push(finding(index, 'roadKm', 'roadKm must not be negative'));
  if (!(entry.latitude >= -90 && entry.latitude <= 90)) found.push(finding(index, 'latitude', 'latitude must lie between -90 and 90'));
  if (!(entry.longitude >= -180 && entry.longitude <= 180)) found.push(finding(index, 'longitude', 'longitude must lie between -180 and 180'));
  return found;
}

export function findCheckpoint(entries: readonly CheckpointEntry[], code: string): CheckpointEntry | undefined {
  return entries.find((entry) => entry.code === code);
}
