import { describe, expect, it } from '@jest/globals';
import { addBusinessDays, businessDaysBetween } from './business-days.js';

/** Peru's national holidays of July and August 2025: Fiestas Patrias, the battle of Junín, Santa Rosa de Lima. */
const HOLIDAYS_2025 = new Set(['2025-07-28', '2025-07-29', '2025-08-06', '2025-08-30']);
const NONE = new Set<string>();

describe('a term in business days', () => {
  it('starts the day after notification and skips a weekend and Fiestas Patrias', () => {
    // Notified Friday 25 July: Sat 26, Sun 27, Mon 28 and Tue 29 (Fiestas Patrias) do not count;
    // Wed 30 is day 1, Thu 31 day 2, Fri 1 August day 3, Mon 4 day 4, Tue 5 day 5.
    expect(addBusinessDays('2025-07-25', 5, HOLIDAYS_2025)).toBe('2025-08-05');
  });

  it('from a Friday, counts the Monday after as day 1', () => {
    expect(addBusinessDays('2025-03-14', 1, NONE)).toBe('2025-03-17');
    expect(addBusinessDays('2025-03-14', 5, NONE)).toBe('2025-03-21');
    expect(addBusinessDays('2025-03-14', 6, NONE)).toBe('2025-03-24');
  });

  it('runs 15 business days to appeal across two weekends of holidays', () => {
    // Notified Friday 18 July: 21–25 July are days 1–5, 30 July–1 August days 6–8, 4–5 August days 9–10,
    // 6 August (Junín) is skipped, 7–8 August days 11–12, 11–13 August days 13–15.
    expect(addBusinessDays('2025-07-18', 15, HOLIDAYS_2025)).toBe('2025-08-13');
  });

  it('from a notification on a weekend or a holiday, counts the next business day as day 1', () => {
    expect(addBusinessDays('2025-03-15', 1, NONE)).toBe('2025-03-17');
    expect(addBusinessDays('2025-07-28', 1, HOLIDAYS_2025)).toBe('2025-07-30');
  });

  it('ends a term of 0 days on its start', () => {
    expect(addBusinessDays('2025-07-26', 0, HOLIDAYS_2025)).toBe('2025-07-26');
  });

  it('crosses the end of a year, and a leap day', () => {
    expect(addBusinessDays('2025-12-31', 2, new Set(['2026-01-01']))).toBe('2026-01-05');
    expect(addBusinessDays('2024-02-28', 1, NONE)).toBe('2024-02-29');
  });

  it.each([
    ['a date that does not exist', () => addBusinessDays('2025-02-30', 1, NONE), 'invalid_date'],
    ['a date not written YYYY-MM-DD', () => addBusinessDays('2025-7-25', 1, NONE), 'invalid_date'],
    ['a negative term', () => addBusinessDays('2025-07-25', -1, NONE), 'invalid_business_day_count'],
    ['a fractional term', () => addBusinessDays('2025-07-25', 1.5, NONE), 'invalid_business_day_count'],
    ['a term that is not a number', () => addBusinessDays('2025-07-25', NaN, NONE), 'invalid_business_day_count'],
    ['a term beyond any procedure', () => addBusinessDays('2025-07-25', 10_001, NONE), 'invalid_business_day_count'],
    ['a bad end of a count', () => businessDaysBetween('2025-07-25', '2025-08-32', NONE), 'invalid_date'],
  ])('refuses %s', (_case, call, code) => {
    expect(call).toThrow(expect.objectContaining({ kind: 'invalid', code }));
  });
});

describe('business days between two dates', () => {
  it('counts those after the first up to and including the second', () => {
    expect(businessDaysBetween('2025-07-25', '2025-08-05', HOLIDAYS_2025)).toBe(5);
    expect(businessDaysBetween('2025-07-25', '2025-08-04', HOLIDAYS_2025)).toBe(4);
    expect(businessDaysBetween('2025-03-14', '2025-03-17', NONE)).toBe(1);
    expect(businessDaysBetween('2025-03-14', '2025-03-16', NONE)).toBe(0);
  });

  it('counts none when the second is not after the first', () => {
    expect(businessDaysBetween('2025-07-25', '2025-07-25', NONE)).toBe(0);
    expect(businessDaysBetween('2025-08-05', '2025-07-25', NONE)).toBe(0);
  });

  it('counts back the term addBusinessDays ran, from any start', () => {
    for (const start of ['2025-07-18', '2025-07-25', '2025-07-26', '2025-07-28', '2025-12-24']) {
      for (let days = 0; days <= 30; days += 1) {
        expect(businessDaysBetween(start, addBusinessDays(start, days, HOLIDAYS_2025), HOLIDAYS_2025)).toBe(days);
      }
    }
  });
});
