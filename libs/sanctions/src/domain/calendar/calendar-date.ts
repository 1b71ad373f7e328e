import { InvalidDate } from './calendar.errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or undefined unless it names a day that exists (no 30 February). */
export function parseDayNumber(date: unknown): number | undefined {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) return undefined;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
  // Date.UTC rolls 30 February into March and years below 100 into the 1900s: the round trip refuses both.
  return dateOfDayNumber(day) === date ? day : undefined;
}

export function dayNumberOf(date: string, field: string): number {
  const day = parseDayNumber(date);
  if (day === undefined) throw new InvalidDate(field, date);
  return day;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Saturday or Sunday: 1970-01-01, day 0, was a Thursday. */
export function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** The same date a year earlier; 29 February falls back to 28 February. */
export function oneYearBefore(date: string, field: string): string {
  dayNumberOf(date, field);
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}
