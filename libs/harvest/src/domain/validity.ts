import type { Validity } from './permit.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO-8601 date-time with its offset, e.g. `2026-05-02T08:00:00-05:00`. */
export function isInstant(text: string): boolean {
  const match = INSTANT.exec(text);
  return !!match && isCalendarDate(match[1]!);
}

// `YYYY-MM-DD` strings order like the dates they name, so plain comparison is enough.

export function covers(validity: Validity, date: string): boolean {
  return validity.from <= date && date <= validity.to;
}

export function coversValidity(outer: Validity, inner: Validity): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}
