import { describe, expect, it } from '@jest/globals';
import { HolidayCalendarNotCovered, InvalidCalendarDate } from './calendar.errors.js';
import { type HolidayEntry, holidaysBetween } from './holiday-entry.js';
import { publishes, refusesEntries } from './reference-version.fixtures.spec.js';

const holiday = (date: string, name: string): HolidayEntry => ({ date, name });
// Out of calendar order on purpose: a version lists them as its publisher wrote them.
const calendar = [
  holiday('2025-12-25', 'Navidad del Señor'),
  holiday('2025-01-01', 'Año Nuevo'),
  holiday('2025-12-08', 'Inmaculada Concepción'),
  holiday('2025-12-09', 'Batalla de Ayacucho'),
  holiday('2026-01-01', 'Año Nuevo'),
];

describe('holiday entries', () => {
  it('are published by date and name', () => {
    publishes('holidays', calendar);
  });

  it('refuse a date twice, dates that are no calendar day, and blank names', () => {
    refusesEntries('holidays', [holiday('2025-01-01', 'Año Nuevo'), holiday('2025-01-01', 'Año Nuevo'), holiday('2025-02-30', ' '), holiday('2025-12-08T00:00', 'Inmaculada Concepción')], [
      { path: 'entries.2.date', messages: ['date must be a calendar date written YYYY-MM-DD'] },
      { path: 'entries.2.name', messages: ['name must not be blank'] },
      { path: 'entries.3.date', messages: ['date must be a calendar date written YYYY-MM-DD'] },
      { path: 'entries.1.date', messages: ['date repeats entries.0'] },
    ]);
  });
});

describe('holidays between two dates', () => {
  it('are those from the first to the last date, both included, in calendar order', () => {
    expect(holidaysBetween(calendar, '2025-12-08', '2026-01-01').map((entry) => entry.date)).toEqual(['2025-12-08', '2025-12-09', '2025-12-25', '2026-01-01']);
    expect(holidaysBetween(calendar, '2025-12-10', '2025-12-24')).toEqual([]);
    expect(holidaysBetween(calendar, '2025-12-09', '2025-12-09')).toEqual([holiday('2025-12-09', 'Batalla de Ayacucho')]);
  });

  it('are none when the range ends before it starts', () => {
    expect(holidaysBetween(calendar, '2026-01-01', '2025-01-01')).toEqual([]);
  });

  it('refuse dates that are no calendar day', () => {
    expect(() => holidaysBetween(calendar, '2025-13-01', '2025-12-31')).toThrow(new InvalidCalendarDate('from', '2025-13-01'));
    expect(() => holidaysBetween(calendar, '2025-01-01', '2025-12-31T23:59')).toThrow(InvalidCalendarDate);
  });

  it('refuse a range reaching a year the calendar does not hold, rather than count it as one without holidays', () => {
    expect(() => holidaysBetween(calendar, '2025-12-01', '2027-01-31')).toThrow(new HolidayCalendarNotCovered('2025-12-01', '2027-01-31', [2027]));
  });
});
