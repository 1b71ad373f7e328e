import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding, isBlank } from './entry-findings.js';

/** This system's own road codes, written like checkpoint codes. */
export const ROAD_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** How timber travels a road: by truck, or by boat on a river. */
export const ROAD_MODES = ['road', 'river'] as const;
export type RoadMode = (typeof ROAD_MODES)[number];

/** One place along a road: a checkpoint of the checkpoints catalogue (by code) or a town (by name), never both. */
export interface RoadPlace {
  readonly checkpoint?: string;
  readonly town?: string;
  /** km from the place before along the road; 0 for the first place. */
  readonly kmFromPrevious: number;
}

/** A road (or a river route) as the ordered places along it; roads meet where they name the same place. */
export interface RoadEntry extends EntryAnnotations {
  readonly code: string;
  readonly name: string;
  readonly mode: RoadMode;
  readonly places: readonly RoadPlace[];
}

/** A checkpoint is named by its code, a town by its name; both are compared as people type them (case, accents and spacing ignored). */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What a place is called in answers: its checkpoint code or its town name. */
export function placeName(place: RoadPlace): string {
  return place.checkpoint ?? place.town ?? '';
}

export function roadFindings(entries: readonly RoadEntry[]): Finding[] {
  return [...entries.flatMap((entry, index) => entryFindings(entry, index)), ...duplicateFindings(entries, (entry) => entry.code, 'code')];
}

function entryFindings(entry: RoadEntry, index: number): Finding[] {
  const found: Finding[] = [];
  if (!ROAD_CODE.test(entry.code)) found.push(finding(index, 'code', 'code must be upper-case letters and digits, parts joined by "-"'));
  if (isBlank(entry.name)) found.push(finding(index, 'name', 'name must not be blank'));
  if (!ROAD_MODES.includes(entry.mode)) found.push(finding(index, 'mode', `mode must be one of ${ROAD_MODES.join(', ')}`));
  if (entry.places.length < 2) found.push(finding(index, 'places', 'places must name at least the two ends of the road'));
  return [...found, ...entry.places.flatMap((place, n) => placeFindings(place, n, index)), ...repeatedPlaceFindings(entry.places, index)];
}

function placeFindings(place: RoadPlace, n: number, index: number): Finding[] {
  const path = `places.${n}`;
  const found: Finding[] = [];
  if ((place.checkpoint === undefined) === (place.town === undefined)) found.push(finding(index, path, `${path} must name either a checkpoint or a town`));
  if (place.checkpoint !== undefined && !ROAD_CODE.test(place.checkpoint)) found.push(finding(index, `${path}.checkpoint`, 'checkpoint must be a checkpoint code'));
  if (place.town !== undefined && isBlank(place.town)) found.push(finding(index, `${path}.town`, 'town must not be blank'));
  // The first place starts the road; every later one lies some way past the one before.
  if (n === 0 && place.kmFromPrevious !== 0) found.push(finding(index, `${path}.kmFromPrevious`, 'the first place of a road lies 0 km from the previous'));
  if (n > 0 && !(place.kmFromPrevious > 0)) found.push(finding(index, `${path}.kmFromPrevious`, 'kmFromPrevious must be above 0'));
  return found;
}

// A road passing a place twice has no order along it to follow.
function repeatedPlaceFindings(places: readonly RoadPlace[], index: number): Finding[] {
  const keys = places.map((place) => placeKey(placeName(place)));
  return keys.flatMap((key, n) => {
    const earlier = keys.indexOf(key);
    return earlier === n ? [] : [finding(index, `places.${n}`, `places.${n} repeats places.${earlier}`)];
  });
}
