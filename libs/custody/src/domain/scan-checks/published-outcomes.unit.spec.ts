import { describe, expect, it } from '@jest/globals';
import { result } from './check-result.js';
import { applyPublishedOutcomes } from './published-outcomes.js';
import type { ScanThresholds } from './scan-facts.js';

const THRESHOLDS: ScanThresholds = { volumeTolerancePercent: 5, pieceTolerance: 0, weightTolerancePercent: 10, maximumSpeedKmPerHour: 80, maximumDwellHours: 12, corridorWidthKm: 10 };
const skipped = result('SKIPPED_CHECKPOINT', 'failure', [], ['UC-CFB-K010'], 'Mandatory checkpoints skipped on the way to UC-CFB-K060: UC-CFB-K010');
const vehicle = result('VEHICLE_MATCH', 'failure', ['ABC-123'], 'XYZ-999', 'Plate XYZ-999 is not on the guide');
const volume = result('VOLUME_MATCH', 'warning', { m3: 20 }, { m3: 20.5 }, 'Within tolerance');
const species = result('SPECIES_MATCH', 'pass', [], [], 'The species are the ones declared');

describe('the published outcome of each check', () => {
  it('records the failure of a check the rules make a warning as an observation, citing their version', () => {
    const rules = { thresholds: { ...THRESHOLDS, failingAsWarning: ['SKIPPED_CHECKPOINT', 'VOLUME_MATCH', 'SPECIES_MATCH'] as const }, rulesVersion: 4 };
    expect(applyPublishedOutcomes([skipped, vehicle, volume, species], rules)).toEqual([{ ...skipped, outcome: 'warning', downgradedBy: { rulesVersion: 4 } }, vehicle, volume, species]);
  });

  it('leaves every result as its check judged it where the rules make no check a warning, or predate outcomes per check', () => {
    expect(applyPublishedOutcomes([skipped, vehicle, volume, species], { thresholds: { ...THRESHOLDS, failingAsWarning: [] }, rulesVersion: 4 })).toEqual([skipped, vehicle, volume, species]);
    expect(applyPublishedOutcomes([skipped, vehicle], { thresholds: { ...THRESHOLDS, driverMismatch: 'warning' }, rulesVersion: 1 })).toEqual([skipped, vehicle]);
  });
});
