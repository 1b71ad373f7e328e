// Times arrive as ISO-8601 strings with an offset; they are compared as instants, never as text.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time with its offset on a real calendar date, e.g. `2026-05-02T08:00:00-05:00`. */
export function isInstant(text: string): boolean {
  const match = INSTANT.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function epochMs(instant: string): number {
  return Date.parse(instant);
}

export function isBefore(a: string, b: string): boolean {
  return epochMs(a) < epochMs(b);
}

export function hoursBetween(from: string, to: string): number {
  return (epochMs(to) - epochMs(from)) / 3_600_000;
}

export function minutesBetween(from: string, to: string): number {
  return (epochMs(to) - epochMs(from)) / 60_000;
}
