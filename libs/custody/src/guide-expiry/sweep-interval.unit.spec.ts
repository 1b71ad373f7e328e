import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SWEEP_INTERVAL_MS, sweepIntervalMs } from './sweep-interval.js';

describe('sweepIntervalMs', () => {
  it('defaults when unset or empty', () => {
    expect(sweepIntervalMs({})).toBe(DEFAULT_SWEEP_INTERVAL_MS);
    expect(sweepIntervalMs({ GUIDE_EXPIRY_SWEEP_MS: '' })).toBe(DEFAULT_SWEEP_INTERVAL_MS);
  });

  it('reads whole milliseconds', () => {
    expect(sweepIntervalMs({ GUIDE_EXPIRY_SWEEP_MS: '5000' })).toBe(5000);
  });

  it.each(['fast', '1.5', '-1000', '999'])('refuses %s', (value) => {
    expect(() => sweepIntervalMs({ GUIDE_EXPIRY_SWEEP_MS: value })).toThrow(`GUIDE_EXPIRY_SWEEP_MS must be a whole number of milliseconds, at least 1000, got "${value}"`);
  });
});
