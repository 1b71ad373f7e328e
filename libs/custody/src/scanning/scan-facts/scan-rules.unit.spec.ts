import { describe, expect, it } from '@jest/globals';
import type { PublishedReferenceVersion, ScanRuleEntry } from '#reference-data/integration';
import { SCAN_CHECKS } from '#shared-kernel';
import { scanRulesOf } from './scan-rules.js';

const THRESHOLDS: ScanRuleEntry[] = [
  { rule: 'volumeTolerancePercent', value: 5 },
  { rule: 'pieceTolerance', value: 0 },
  { rule: 'weightTolerancePercent', value: 10 },
  { rule: 'maximumSpeedKmPerHour', value: 80 },
  { rule: 'maximumDwellHours', value: 12 },
  { rule: 'corridorWidthKm', value: 10 },
  { rule: 'sightingWindowHours', value: 48 },
];
const version = (number: number, entries: ScanRuleEntry[]): PublishedReferenceVersion<'scan-rules'> => ({
  catalogue: 'scan-rules',
  version: number,
  effectiveFrom: '2000-01-01',
  entries: [...THRESHOLDS, ...entries],
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: { id: 'serfor', role: 'regulator', organisation: 'SERFOR' },
});

describe('the scan rules a scan applies', () => {
  it('make a warning of the failing checks the version publishes as warnings, in check order', () => {
    const outcomes = SCAN_CHECKS.map((check): ScanRuleEntry => ({ rule: check, value: ['VOLUME_MATCH', 'DRIVER_MATCH'].includes(check) ? 'warning' : 'failure' }));
    expect(scanRulesOf(version(3, outcomes))).toEqual({
      version: 3,
      thresholds: { volumeTolerancePercent: 5, pieceTolerance: 0, weightTolerancePercent: 10, maximumSpeedKmPerHour: 80, maximumDwellHours: 12, corridorWidthKm: 10, failingAsWarning: ['DRIVER_MATCH', 'VOLUME_MATCH'] },
      sightingWindowHours: 48,
    });
  });

  it('read a version that set driverMismatch instead as it was applied: only the driver, as it said, and the arrival window warn', () => {
    expect(scanRulesOf(version(1, [{ rule: 'driverMismatch', value: 'warning' }])).thresholds.failingAsWarning).toEqual(['DRIVER_MATCH', 'ARRIVAL_WINDOW']);
    expect(scanRulesOf(version(2, [{ rule: 'driverMismatch', value: 'failure' }])).thresholds.failingAsWarning).toEqual(['ARRIVAL_WINDOW']);
  });
});
