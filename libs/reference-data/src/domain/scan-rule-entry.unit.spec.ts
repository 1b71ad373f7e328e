import { describe, expect, it } from '@jest/globals';
import { SCAN_RULES, type ScanRuleEntry, scanRuleFindings } from './scan-rule-entry.js';

const DEFAULTS: Record<(typeof SCAN_RULES)[number], ScanRuleEntry['value']> = {
  volumeTolerancePercent: 5,
  pieceTolerance: 0,
  weightTolerancePercent: 10,
  maximumSpeedKmPerHour: 80,
  maximumDwellHours: 12,
  corridorWidthKm: 10,
  sightingWindowHours: 48,
  driverMismatch: 'warning',
};
const entries = (changes: Partial<typeof DEFAULTS> = {}): ScanRuleEntry[] => Object.entries({ ...DEFAULTS, ...changes }).map(([rule, value]) => ({ rule, value }) as ScanRuleEntry);

describe('a version of the scan rules', () => {
  it('sets every rule once, each to a value it can take', () => {
    expect(scanRuleFindings(entries())).toEqual([]);
    expect(scanRuleFindings(entries({ driverMismatch: 'failure', pieceTolerance: 2 }))).toEqual([]);
  });

  it('refuses a rule left out or set twice, a bound of 0, a fractional piece count and an outcome that is neither', () => {
    expect(scanRuleFindings(entries().filter((entry) => entry.rule !== 'maximumDwellHours'))).toEqual([{ path: 'entries', message: 'entries must set every scan rule; missing maximumDwellHours' }]);
    expect(scanRuleFindings([...entries(), { rule: 'pieceTolerance', value: 1 }])).toEqual([expect.objectContaining({ path: 'entries.8.rule' })]);
    expect(scanRuleFindings(entries({ maximumSpeedKmPerHour: 0, pieceTolerance: 1.5, driverMismatch: 'ignore' as 'warning' }))).toEqual([
      { path: 'entries.3.value', message: 'value of maximumSpeedKmPerHour must be a number above 0' },
      { path: 'entries.1.value', message: 'value of pieceTolerance must be a whole number of 0 or more' },
      { path: 'entries.7.value', message: 'value of driverMismatch must be one of warning, failure' },
    ].sort((a, b) => a.path.localeCompare(b.path)));
  });
});
