// Registers quote validity as dates or date-times; Peru keeps UTC−5 all year, so a date alone, or a time
// without an offset, is Peru time, and a date covers that whole day.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const PERU_OFFSET = '-05:00';
const DAY_MS = 86_400_000;

/** When a date or date-time begins, in epoch ms; NaN when unreadable. */
export function startMs(text: string): number {
  if (DATE.test(text)) return Date.parse(`${text}T00:00:00${PERU_OFFSET}`);
  return Date.parse(OFFSET.test(text) ? text : `${text}${PERU_OFFSET}`);
}

/** Whether `atMs` lies from `from` up to `until`, a date `until` including its whole day. */
export function withinValidity(atMs: number, from: string, until: string): boolean {
  const endMs = DATE.test(until) ? startMs(until) + DAY_MS : startMs(until) + 1;
  return atMs >= startMs(from) && atMs < endMs;
}

export function isReadableTime(text: string): boolean {
  return !Number.isNaN(startMs(text));
}
