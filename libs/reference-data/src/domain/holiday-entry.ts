import { isCalendarDate, yearOf } from './calendar-date.js';
import { HolidayCalendarNotCovered, InvalidCalendarDate } from './calendar.errors.js';
import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding, isBlank } from './entry-findings.js';

/** A national public holiday: a day that deadlines counted in business days skip. */
export interface HolidayEntry extends EntryAnnotations {
  /** `2025-12-08`, Peru's calendar day. */
  readonly date: string;
  readonly name: string;
}

export function holidayFindings(entries: readonly HolidayEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => {
      const found: Finding[] = [];
      if (!isCalendarDate(entry.date)) found.push(finding(index, 'date', 'date must be a calendar date written YYYY-MM-DD'));
      if (isBlank(entry.name)) found.push(finding(index, 'name', 'name must not be blank'));
      return found;
    }),
    ...duplicateFindings(entries, (entry) => entry.date, 'date'),
  ];
}

/**
 * The holidays from `from` to `to`, both included, in calendar order. Every year the range touches must
 * be in the calendar: a year it does not hold is refused rather than counted as one without holidays.
 */
export function holidaysBetween(entries: readonly HolidayEntry[], from: string, to: string): HolidayEntry[] {
  if (!isCalendarDate(from)) throw new InvalidCalendarDate('from', from);
  if (!isCalendarDate(to)) throw new InvalidCalendarDate('to', to);
  const held = new Set(entries.map((entry) => yearOf(entry.date)));
  const missing = yearsFromTo(yearOf(from), yearOf(to)).filter((year) => !held.has(year));
  if (missing.length > 0) throw new HolidayCalendarNotCovered(from, to, missing);
  return entries.filter((entry) => entry.date >= from && entry.date <= to).toSorted((a, b) => a.date.localeCompare(b.date));
}

function yearsFromTo(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, n) => first + n);
}
