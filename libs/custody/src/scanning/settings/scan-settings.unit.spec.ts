import { describe, expect, it } from '@jest/globals';
import { scanSettings } from './scan-settings.js';

describe('scanSettings', () => {
  it('defaults every threshold when the environment names none', () => {
    expect(scanSettings({})).toEqual({
      thresholds: { volumeTolerancePercent: 5, pieceTolerance: 2, weightTolerancePercent: 10, maximumSpeedKmPerHour: 80, maximumDwellHours: 12, corridorWidthKm: 10 },
      clockSkewMs: 300_000,
      sightingWindowHours: 48,
      factsFreshForMs: 1000,
    });
  });

  it('reads overrides, an empty value counting as unset', () => {
    const settings = scanSettings({ SCAN_VOLUME_TOLERANCE_PERCENT: '7.5', SCAN_PIECE_TOLERANCE: '0', SCAN_MAX_SPEED_KMH: '', SCAN_CLOCK_SKEW_SECONDS: '60', SCAN_SIGHTING_WINDOW_HOURS: '24', SCAN_FACTS_FRESH_MS: '0' });
    expect(settings.thresholds).toMatchObject({ volumeTolerancePercent: 7.5, pieceTolerance: 0, maximumSpeedKmPerHour: 80 });
    expect(settings.clockSkewMs).toBe(60_000);
    expect(settings.sightingWindowHours).toBe(24);
    expect(settings.factsFreshForMs).toBe(0);
  });

  it.each([
    ['SCAN_MAX_SPEED_KMH', '0', 'SCAN_MAX_SPEED_KMH must be a number above 0, got "0"'],
    ['SCAN_CORRIDOR_WIDTH_KM', 'wide', 'SCAN_CORRIDOR_WIDTH_KM must be a number above 0, got "wide"'],
    ['SCAN_PIECE_TOLERANCE', '1.5', 'SCAN_PIECE_TOLERANCE must be a whole number, 0 or more, got "1.5"'],
    ['SCAN_WEIGHT_TOLERANCE_PERCENT', '-3', 'SCAN_WEIGHT_TOLERANCE_PERCENT must be a number, 0 or more, got "-3"'],
  ])('refuses %s=%s', (variable, value, message) => {
    expect(() => scanSettings({ [variable]: value })).toThrow(message);
  });
});
