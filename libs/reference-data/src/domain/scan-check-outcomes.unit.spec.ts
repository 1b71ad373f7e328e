import { describe, expect, it } from '@jest/globals';
import { SCAN_CHECKS } from '#shared-kernel';
import { checkOutcomes } from './scan-check-outcomes.js';

const THRESHOLDS = [{ rule: 'volumeTolerancePercent', value: 5 }];
const warningsOf = (outcomes: ReturnType<typeof checkOutcomes>) => SCAN_CHECKS.filter((check) => outcomes[check] === 'warning');

describe('what a version of the scan rules makes of each check’s failing result', () => {
  it('is the outcome the version sets for that check', () => {
    const entries = [...THRESHOLDS, ...SCAN_CHECKS.map((check) => ({ rule: check, value: check === 'SKIPPED_CHECKPOINT' ? 'warning' : 'failure' }))];
    expect(warningsOf(checkOutcomes(entries))).toEqual(['SKIPPED_CHECKPOINT']);
  });

  it('is, for a version that set driverMismatch instead, a failure for every check but the arrival window and the driver, as it said', () => {
    expect(warningsOf(checkOutcomes([...THRESHOLDS, { rule: 'driverMismatch', value: 'warning' }]))).toEqual(['DRIVER_MATCH', 'ARRIVAL_WINDOW']);
    expect(warningsOf(checkOutcomes([...THRESHOLDS, { rule: 'driverMismatch', value: 'failure' }]))).toEqual(['ARRIVAL_WINDOW']);
  });
});
