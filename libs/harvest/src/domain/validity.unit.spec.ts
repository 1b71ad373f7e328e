import { describe, expect, it } from '@jest/globals';
import { covers, coversValidity, isCalendarDate, isInstant } from './validity.js';

describe('dates and validities', () => {
  it('knows a calendar date', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-04-20T00:00:00Z')).toBe(false);
  });

  it('knows an instant only with its offset', () => {
    expect(isInstant('2026-05-02T08:00:00-05:00')).toBe(true);
    expect(isInstant('2026-05-02T13:00Z')).toBe(true);
    expect(isInstant('2026-05-02T13:00:00.250Z')).toBe(true);
    expect(isInstant('2026-05-02T13:00:00')).toBe(false);
    expect(isInstant('2026-02-30T13:00:00Z')).toBe(false);
    expect(isInstant('2026-05-02T24:00:00Z')).toBe(false);
  });

  it('includes both days of a validity', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect([covers(year, '2026-01-01'), covers(year, '2026-12-31'), covers(year, '2027-01-01')]).toEqual([true, true, false]);
    expect(coversValidity(year, { from: '2026-03-01', to: '2026-12-31' })).toBe(true);
    expect(coversValidity(year, { from: '2025-12-31', to: '2026-06-30' })).toBe(false);
  });
});
