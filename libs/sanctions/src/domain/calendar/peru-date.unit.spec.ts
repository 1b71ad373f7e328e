import { describe, expect, it } from '@jest/globals';
import { peruDateOf } from './peru-date.js';

describe('the Peru date of an instant', () => {
  it('is the UTC date until 05:00 UTC, the next day from then on', () => {
    expect(peruDateOf('2025-07-28T04:59:59Z')).toBe('2025-07-27');
    expect(peruDateOf('2025-07-28T05:00:00Z')).toBe('2025-07-28');
  });

  it('reads the instant at its own offset', () => {
    expect(peruDateOf('2025-07-27T23:59:59.999-05:00')).toBe('2025-07-27');
    expect(peruDateOf('2025-07-28T01:00:00+02:00')).toBe('2025-07-27');
    expect(peruDateOf('2025-07-28T06:30+05:30')).toBe('2025-07-27');
    expect(peruDateOf('2025-07-27T20:00:00-09:00')).toBe('2025-07-28');
  });

  it('crosses back over the new year and over a leap day', () => {
    expect(peruDateOf('2026-01-01T03:00:00.123456Z')).toBe('2025-12-31');
    expect(peruDateOf('2024-03-01T02:00:00Z')).toBe('2024-02-29');
  });

  it('takes lower-case separators, as RFC 3339 allows', () => {
    expect(peruDateOf('2025-07-28t12:00:00z')).toBe('2025-07-28');
  });

  it.each(['2025-07-28T10:00:00', '2025-07-28', '2025-02-29T10:00:00Z', '2025-07-28T24:00:00Z', '2025-07-28T10:60:00Z', '2025-07-28T10:00:00+24:00', '2025-07-28 10:00:00Z', 'yesterday'])(
    'refuses %j',
    (instant) => {
      expect(() => peruDateOf(instant)).toThrow(expect.objectContaining({ kind: 'invalid', code: 'invalid_instant' }));
    },
  );
});
