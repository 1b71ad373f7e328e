import { dateOfDayNumber, dayNumberOf, isWeekend } from './calendar-date.js';
import { InvalidBusinessDayCount } from './calendar.errors.js';

/** Far beyond any procedural term (about forty years), so a wrong count cannot loop for long. */
const MAX_BUSINESS_DAYS = 10_000;

function isBusinessDay(day: number, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(day) && !holidays.has(dateOfDayNumber(day));
}

/**
 * The date that ends a term of `days` business days from `start` (YYYY-MM-DD, a Peru date): day 1 is the first
 * business day after `start`, as Law 27444 counts from the day after notification; Saturdays, Sundays and
 * `holidays` (YYYY-MM-DD) are skipped. A term of 0 days ends on `start` itself.
 */
export function addBusinessDays(start: string, days: number, holidays: ReadonlySet<string>): string {
  let day = dayNumberOf(start, 'start');
  if (!Number.isInteger(days) || days < 0 || days > MAX_BUSINESS_DAYS) throw new InvalidBusinessDayCount(days, MAX_BUSINESS_DAYS);
  for (let counted = 0; counted < days; ) {
    day += 1;
    if (isBusinessDay(day, holidays)) counted += 1;
  }
  return dateOfDayNumber(day);
}

/** The business days after `from` up to and including `to`, counted as addBusinessDays counts them; 0 when `to` is not after `from`. */
export function businessDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const first = dayNumberOf(from, 'from');
  const last = dayNumberOf(to, 'to');
  let count = 0;
  for (let day = first + 1; day <= last; day += 1) {
    if (isBusinessDay(day, holidays)) count += 1;
  }
  return count;
}
