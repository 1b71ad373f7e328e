const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Peru keeps UTC−5 all year: a date or time written without an offset is read as Peru time. */
const PERU_OFFSET = '-05:00';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Milliseconds since the epoch of an ISO-8601 date (`2025-01-01`, the start of that day in Peru) or
 * date-time (`2025-01-01T08:30`, `2025-01-01T13:30:00Z`); undefined when the text is no such thing.
 */
export function instantOf(text: string): number | undefined {
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds = '00', offset] = match;
  // Date.parse rolls 30 February over into March; a calendar date that does not exist is refused instead.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCFullYear() !== Number(year) || calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return undefined;
  if (hours === undefined) return Date.parse(`${text}T00:00:00${PERU_OFFSET}`);
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const instant = Date.parse(offset === undefined ? `${text}${PERU_OFFSET}` : text);
  return Number.isNaN(instant) ? undefined : instant;
}

/** The first instant after a period that ends at `text`: a date alone ends with its day. */
export function endOf(text: string): number | undefined {
  const instant = instantOf(text);
  if (instant === undefined) return undefined;
  return text.includes('T') ? instant + 1 : instant + DAY_MS;
}
