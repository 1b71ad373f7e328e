import { describe, expect, it } from '@jest/globals';
import { instantOf } from '../../../libs/reference-data/src/domain/reference-instant.js';

describe('instants of reference data', () => {
  it('reads a date as the start of that day in Peru (UTC−5)', () => {
    expect(instantOf('2025-01-01')).toBe(Date.parse('2025-01-01T05:00:00Z'));
  });

  it('reads a date-time without an offset as Peru time, and one with an offset as given', () => {
    expect(instantOf('2025-01-01T08:30')).toBe(Date.parse('2025-01-01T13:30:00Z'));
    expect(instantOf('2025-01-01T08:30:15.250')).toBe(Date.parse('2025-01-01T13:30:15.250Z'));
    expect(instantOf('2025-01-01T08:30:00Z')).toBe(Date.parse('2025-01-01T08:30:00Z'));
    expect(instantOf('2025-01-01T08:30:00+01:00')).toBe(Date.parse('2025-01-01T07:30:00Z'));
  });

  it('refuses what is no calendar date or time', () => {
    for (const text of ['2025-02-30', '2025-13-01', '2025-01-01T24:00', '01/02/2025', '2025-W01', '', 'today']) expect(instantOf(text)).toBeUndefined();
  });
});
