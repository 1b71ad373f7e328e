import { describe, expect, it } from '@jest/globals';
import { recorded, scannedData, SPECIES_FAILED } from '../scanning.fixtures.spec.js';
import { scanLogProjection, type ScanLogRow } from './scan-log.projection.js';
import { sightingsOf, sightingWindow } from './sightings.js';

const scanned = recorded({ type: 'ShipmentScanned', data: scannedData({ plate: 'abc 123' }) }, 'event-7');

describe('the scan log projection', () => {
  it('keeps one row per recorded scan, with the plate as plates are matched and the observation in UTC', () => {
    expect(scanLogProjection.keys(scanned)).toEqual(['event-7']);
    expect(scanLogProjection.evolve(undefined, scanned)).toEqual({
      scanId: 'SCAN-0001',
      guideNumber: 'GTF-2026-000123',
      checkpoint: 'UC-CFB-K010',
      authority: 'ARFFS-UCAYALI',
      checkpointPosition: [-74.611826, -8.393874],
      plate: 'abc 123',
      plateKey: 'ABC123',
      driverId: '44556677',
      observedAt: '2026-05-02T07:00:00-05:00',
      observedAtUtc: '2026-05-02T12:00:00.000Z',
      recordedAt: '2026-05-02T07:00:02-05:00',
      verdict: 'immobilise',
      failed: SPECIES_FAILED.failed,
      warnings: SPECIES_FAILED.warnings,
    });
  });

  it('reads only the scans of guide streams', () => {
    expect(scanLogProjection.keys({ ...scanned, streamId: 'other-1' })).toEqual([]);
  });
});

describe('sightings', () => {
  const row = (changes: Partial<ScanLogRow>): ScanLogRow => ({ ...scanLogProjection.evolve(undefined, scanned)!, ...changes });

  it('are the scans of the same plate or guide number at other checkpoints', () => {
    const rows = [
      row({ checkpoint: 'MD-IOS-K000', checkpointPosition: [-69.578903, -10.948617], guideNumber: 'GTF-OTHER', plate: 'ABC-123', plateKey: 'ABC123' }),
      row({ checkpoint: 'UC-CFB-K060', guideNumber: 'GTF-2026-000123', plate: 'XYZ-999', plateKey: 'XYZ999' }),
      row({ checkpoint: 'UC-CFB-K034', guideNumber: 'GTF-OTHER', plate: 'XYZ-999', plateKey: 'XYZ999' }),
      row({ checkpoint: 'UC-CFB-K010' }),
    ];
    const scan = { scanId: 'SCAN-0002', checkpoint: 'UC-CFB-K010', guideNumber: 'GTF-2026-000123', plate: 'abc-123', observedAt: '2026-05-02T08:00:00-05:00' };
    expect(sightingsOf(rows, scan)).toEqual([
      { checkpoint: 'MD-IOS-K000', position: [-69.578903, -10.948617], observedAt: '2026-05-02T07:00:00-05:00', guideNumber: 'GTF-OTHER', plate: 'ABC-123' },
      { checkpoint: 'UC-CFB-K060', position: [-74.611826, -8.393874], observedAt: '2026-05-02T07:00:00-05:00', guideNumber: 'GTF-2026-000123', plate: 'XYZ-999' },
    ]);
  });

  it('are looked for the configured hours either side of the observation, in UTC', () => {
    expect(sightingWindow('2026-05-02T07:00:00-05:00', 48)).toEqual({ from: '2026-04-30T12:00:00.000Z', to: '2026-05-04T12:00:00.000Z' });
  });
});
