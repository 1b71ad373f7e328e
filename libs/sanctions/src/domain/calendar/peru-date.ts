import { dateOfDayNumber, parseDayNumber } from './calendar-date.js';
import { InvalidInstant } from './calendar.errors.js';

/** Peru keeps UTC−5 all year: it has had no daylight saving time since 1994. */
export const PERU_UTC_OFFSET_MINUTES = -300;

const MINUTES_PER_DAY = 1440;
// date, hours, minutes, seconds, then Z or the offset's sign, hours and minutes.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;

/** The Peru calendar date (YYYY-MM-DD) of an ISO-8601 instant that carries its offset. */
export function peruDateOf(instant: string): string {
  const match = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  const day = parseDayNumber(match?.[1]);
  if (!match || day === undefined) throw new InvalidInstant(instant);
  const group = (index: number): number => Number(match[index] ?? 0);
  const [hours, minutes, offsetHours, offsetMinutes] = [group(2), group(3), group(6), group(7)] as const;
  if (hours > 23 || minutes > 59 || group(4) > 59 || offsetHours > 23 || offsetMinutes > 59) throw new InvalidInstant(instant);
  const offset = (match[5] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  // Offsets are whole minutes, so the seconds never move the day.
  const minutesUtc = day * MINUTES_PER_DAY + hours * 60 + minutes - offset;
  return dateOfDayNumber(Math.floor((minutesUtc + PERU_UTC_OFFSET_MINUTES) / MINUTES_PER_DAY));
}
