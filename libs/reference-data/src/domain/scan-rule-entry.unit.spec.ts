import { describe, expect, it } from '@jest/globals';
import { SCAN_CHECKS } from '#shared-kernel';
import { type ScanRuleEntry, scanRuleFindings } from './scan-rule-entry.js';

const THRESHOLDS: Record<string, ScanRuleEntry['value']> = {
  volumeTolerancePercent: 5,
  pieceTolerance: 0,
  weightTolerancePercent: 10,
  maximumSpeedKmPerHour: 80,
  maximumDwellHours: 12,
  corridorWidthKm: 10,
  sightingWindowHours: 48,
};
const OUTCOMES: Record<string, ScanRuleEntry['value']> = { ...Object.fromEntries(SCAN_CHECKS.map((check) => [check, 'failure'])), DRIVER_MATCH: 'warning', ARRIVAL_WINDOW: 'warning' };
const asEntries = (rules: Record<string, unknown>) => Object.entries(rules).map(([rule, value]) => ({ rule, value }) as ScanRuleEntry);
const entries = (changes: Record<string, unknown> = {}): ScanRuleEntry[] => asEntries({ ...THRESHOLDS, ...OUTCOMES, ...changes });
const at = (rule: string) => Object.keys({ ...THRESHOLDS, ...OUTCOMES }).indexOf(rule);
const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);

describe('a version of the scan rules', () => {
  it('sets every threshold and every check’s outcome once, each to a value it can take', () => {
    expect(scanRuleFindings(entries())).toEqual([]);
    expect(scanRuleFindings(entries({ SKIPPED_CHECKPOINT: 'warning', DRIVER_MATCH: 'failure', pieceTolerance: 2 }))).toEqual([]);
  });

  it('refuses a rule left out or set twice, a bound of 0, a fractional piece count and an outcome that is neither', () => {
    expect(scanRuleFindings(entries().filter((entry) => entry.rule !== 'maximumDwellHours' && entry.rule !== 'WEIGHT_MATCH'))).toEqual([
      { path: 'entries', message: 'entries must set every scan rule; missing maximumDwellHours, WEIGHT_MATCH' },
    ]);
    expect(scanRuleFindings([...entries(), { rule: 'pieceTolerance', value: 1 }])).toEqual([expect.objectContaining({ path: `entries.${entries().length}.rule` })]);
    expect(scanRuleFindings(entries({ maximumSpeedKmPerHour: 0, pieceTolerance: 1.5, VEHICLE_MATCH: 'ignore', CORRIDOR: 5 })).sort(byPath)).toEqual(
      [
        { path: `entries.${at('maximumSpeedKmPerHour')}.value`, message: 'value of maximumSpeedKmPerHour must be a number above 0' },
        { path: `entries.${at('pieceTolerance')}.value`, message: 'value of pieceTolerance must be a whole number of 0 or more' },
        { path: `entries.${at('VEHICLE_MATCH')}.value`, message: 'value of VEHICLE_MATCH must be one of warning, failure' },
        { path: `entries.${at('CORRIDOR')}.value`, message: 'value of CORRIDOR must be one of warning, failure' },
      ].sort(byPath),
    );
  });

  it('refuses a check no scan runs, with its path', () => {
    expect(scanRuleFindings([...entries(), { rule: 'PLATE_COLOUR' as ScanRuleEntry['rule'], value: 'failure' }])).toEqual([
      { path: `entries.${entries().length}.rule`, message: expect.stringContaining('rule must be one of volumeTolerancePercent,') },
    ]);
  });

  it('never makes a missing or invalid guide an observation', () => {
    expect(scanRuleFindings(entries({ GUIDE_VALID: 'warning' }))).toEqual([{ path: `entries.${at('GUIDE_VALID')}.value`, message: 'value of GUIDE_VALID must be failure: no version makes it an observation' }]);
  });

  it('reads as before a version that sets driverMismatch instead of each check’s outcome, but not one that sets both', () => {
    const before = asEntries({ ...THRESHOLDS, driverMismatch: 'failure' });
    expect(scanRuleFindings(before)).toEqual([]);
    expect(scanRuleFindings(asEntries({ ...THRESHOLDS, driverMismatch: 'ignore' }))).toEqual([{ path: 'entries.7.value', message: 'value of driverMismatch must be one of warning, failure' }]);
    expect(scanRuleFindings([...entries(), { rule: 'driverMismatch', value: 'warning' }])).toEqual([
      { path: `entries.${entries().length}.rule`, message: "driverMismatch goes with no check's outcome: set DRIVER_MATCH instead" },
    ]);
  });
});
