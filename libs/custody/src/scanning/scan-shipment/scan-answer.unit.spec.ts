import { describe, expect, it } from '@jest/globals';
import { uuidFromName } from '#shared-kernel';
import { scannedData } from '../scanning.fixtures.spec.js';
import { scanAnswer } from './scan-answer.js';
import { scanCommandId } from './shipment-scanner.js';

describe('the answer to a scan', () => {
  it('gives the verdict, every result and the failed checks on their own, from the recorded scan', () => {
    const data = scannedData();
    expect(scanAnswer(data)).toEqual({
      scanId: 'SCAN-0001',
      guideNumber: 'GTF-2026-000123',
      checkpoint: 'UC-CFB-K010',
      authority: 'ARFFS-UCAYALI',
      plate: 'ABC-123',
      observedAt: '2026-05-02T07:00:00-05:00',
      recordedAt: '2026-05-02T07:00:02-05:00',
      verdict: 'immobilise',
      failed: ['SPECIES_MATCH', 'CITES_PERMIT'],
      warnings: ['PIECES_MATCH'],
      results: data.results,
      failedChecks: [data.results[0], data.results[2]],
      revised: [],
      seized: [],
    });
  });

  it('names the scans observed after it whose verdict it changed, with both verdicts', () => {
    const data = scannedData();
    const revision = { guideNumber: data.guideNumber, scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', authority: 'ARFFS-UCAYALI', observedAt: '2026-05-02T08:30:00-05:00' };
    const immobilised = { decision: 'immobilise' as const, failed: ['SKIPPED_CHECKPOINT' as const], warnings: [] };
    const cleared = { decision: 'cleared' as const, failed: [], warnings: [] };
    const reason = { scanId: data.scanId, checkpoint: data.checkpoint, observedAt: data.observedAt };
    expect(scanAnswer(data, [{ ...revision, previous: immobilised, verdict: cleared, results: [], reason, lotIds: [], at: data.recordedAt }]).revised).toEqual([
      { scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt: '2026-05-02T08:30:00-05:00', previous: 'immobilise', verdict: 'cleared' },
    ]);
  });

  it('derives the command id from the checkpoint and the device’s scan id', () => {
    expect(scanCommandId('UC-CFB-K010', 'SCAN-0001')).toBe(uuidFromName('custody/scan/UC-CFB-K010/SCAN-0001'));
    expect(scanCommandId('UC-CFB-K060', 'SCAN-0001')).not.toBe(scanCommandId('UC-CFB-K010', 'SCAN-0001'));
  });
});
