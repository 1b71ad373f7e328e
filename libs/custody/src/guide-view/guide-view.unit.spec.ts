import { describe, expect, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { GuideEvent, ShipmentScanned } from '../domain/guide.events.js';
import { guideView } from './guide-view.js';
import { type RecordedGuideEvent } from '../domain/guide.decider.js';

const holder = { id: 'ana', role: 'permit_holder', organisation: '20123456789' };
const operator = (checkpoint: string) => ({ id: 'luis', role: 'checkpoint_operator', organisation: checkpoint });

const guide: IssuedGuide = {
  number: 'GTF-1',
  registrationNumber: 'REG-1',
  authority: 'ATFFS-UCAYALI',
  issuerTaxId: '20123456789',
  holderTaxId: '20123456789',
  ownerTaxId: '20123456789',
  origin: { kind: 'permit', permitId: 'P-1', planId: 'POA-6', position: [-74.55, -8.38] },
  consignee: { taxId: '20600000014', kind: 'processor', facilityId: 'CTP-UCA-014' },
  destination: { facilityId: 'CTP-UCA-014', position: [-75.04, -8.81] },
  vehiclePlates: ['ABC-123'],
  driver: { id: '44556677', licence: 'Q44556677' },
  lines: [{ lotId: 'LOT-1', scientificName: 'Cedrela odorata', commonName: 'cedro', productType: 'roundwood', volume: cubicMetres(5), pieces: 4 }],
  issuedAt: '2026-05-02T06:00:00-05:00',
  expiresAt: '2026-05-04T06:00:00-05:00',
  trajectory: {
    checkpoints: [
      { code: 'UC-CFB-K010', position: [-74.61, -8.39], mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 },
      { code: 'UC-CFB-K060', position: [-74.96, -8.64], mandatory: true, earliestArrivalMinutes: 60, latestArrivalMinutes: 360 },
    ],
  },
};

const scan = (scanId: string, checkpoint: string, observedAt: string): ShipmentScanned => ({
  type: 'ShipmentScanned',
  data: {
    guideNumber: 'GTF-1',
    scanId,
    checkpoint,
    authority: 'ARFFS-UCAYALI',
    checkpointPosition: [-74.61, -8.39],
    plate: 'ABC-123',
    driverId: '44556677',
    observedLines: [{ scientificName: 'Cedrela odorata', pieces: 4, volume: cubicMetres(5) }],
    observedAt,
    recordedAt: '2026-05-02T12:00:00-05:00',
    position: [-74.61, -8.39],
    results: [{ rule: 'GUIDE_VALID', outcome: 'pass', expected: 'issued', observed: 'issued', message: 'ok' }],
    verdict: { decision: 'cleared', failed: [], warnings: [] },
  },
});

const recorded = (events: readonly [GuideEvent, { id: string; role: string; organisation?: string }][]): RecordedGuideEvent[] =>
  events.map(([event, actor], index) => ({ ...event, streamPosition: index + 1, metadata: { actor } }) as unknown as RecordedGuideEvent);

describe('the guide view', () => {
  it('shows the guide as issued, open, with every scan in observation order and who recorded it', () => {
    const view = guideView(
      'GTF-1',
      recorded([
        [{ type: 'GuideIssued', data: guide }, holder],
        // Uploaded late: observed after the scan at km 10 recorded before it.
        [scan('S-2', 'UC-CFB-K060', '2026-05-02T09:00:00-05:00'), operator('UC-CFB-K060')],
        [scan('S-1', 'UC-CFB-K010', '2026-05-02T07:00:00-05:00'), operator('UC-CFB-K010')],
      ]),
    );
    expect(view).toMatchObject({ number: 'GTF-1', status: 'open', guide });
    expect(view.scans.map((s) => [s.scanId, s.by.organisation, s.results[0]?.rule, s.verdict.decision])).toEqual([
      ['S-1', 'UC-CFB-K010', 'GUIDE_VALID', 'cleared'],
      ['S-2', 'UC-CFB-K060', 'GUIDE_VALID', 'cleared'],
    ]);
    expect(view.closure).toBeUndefined();
  });

  it('shows a scan with the verdict in force, and each revision with both verdicts, the late scan that caused it and who recorded that', () => {
    const immobilised = { decision: 'immobilise' as const, failed: ['SKIPPED_CHECKPOINT' as const], warnings: [] };
    const first = { ...scan('S-2', 'UC-CFB-K060', '2026-05-02T09:00:00-05:00'), data: { ...scan('S-2', 'UC-CFB-K060', '2026-05-02T09:00:00-05:00').data, verdict: immobilised } };
    const cleared = { decision: 'cleared' as const, failed: [], warnings: [] };
    const revision: GuideEvent = {
      type: 'ScanVerdictRevised',
      data: {
        guideNumber: 'GTF-1',
        scanId: 'S-2',
        checkpoint: 'UC-CFB-K060',
        authority: 'ARFFS-UCAYALI',
        observedAt: '2026-05-02T09:00:00-05:00',
        previous: immobilised,
        verdict: cleared,
        results: [{ rule: 'SKIPPED_CHECKPOINT', outcome: 'pass', expected: [], observed: [], message: 'No mandatory checkpoint was skipped on the way to UC-CFB-K060' }],
        reason: { scanId: 'S-1', checkpoint: 'UC-CFB-K010', observedAt: '2026-05-02T07:00:00-05:00' },
        lotIds: ['LOT-1'],
        at: '2026-05-02T12:00:00-05:00',
      },
    };
    const view = guideView(
      'GTF-1',
      recorded([
        [{ type: 'GuideIssued', data: guide }, holder],
        [first, operator('UC-CFB-K060')],
        [scan('S-1', 'UC-CFB-K010', '2026-05-02T07:00:00-05:00'), operator('UC-CFB-K010')],
        [revision, operator('UC-CFB-K010')],
      ]),
    );
    const revised = view.scans.find((s) => s.scanId === 'S-2')!;
    expect(revised.verdict).toEqual(cleared);
    expect(revised.results.map((r) => [r.rule, r.outcome])).toEqual([['SKIPPED_CHECKPOINT', 'pass']]);
    expect(revised.revisions).toEqual([
      { previous: immobilised, verdict: cleared, reason: { scanId: 'S-1', checkpoint: 'UC-CFB-K010', observedAt: '2026-05-02T07:00:00-05:00' }, at: '2026-05-02T12:00:00-05:00', by: operator('UC-CFB-K010') },
    ]);
    expect(view.scans.find((s) => s.scanId === 'S-1')!.revisions).toEqual([]);
  });

  it('shows how it closed, why and by whom', () => {
    const regulator = { id: 'eva', role: 'regulator', organisation: 'SERFOR' };
    const view = guideView('GTF-1', recorded([[{ type: 'GuideIssued', data: guide }, holder], [{ type: 'GuideAnnulled', data: { number: 'GTF-1', reason: 'wrong lots', at: '2026-05-02T09:00:00-05:00' } }, regulator]]));
    expect(view).toMatchObject({ status: 'annulled', closure: { status: 'annulled', reason: 'wrong lots', at: '2026-05-02T09:00:00-05:00', by: regulator } });
  });

  it('names its parties, and the checkpoints that scanned it even off its trajectory', () => {
    const view = guideView('GTF-1', recorded([[{ type: 'GuideIssued', data: guide }, holder], [scan('S-9', 'UC-CFB-K086', '2026-05-02T08:00:00-05:00'), operator('UC-CFB-K086')]]));
    expect(view.parties).toEqual(
      expect.arrayContaining(['permit_holder:20123456789', 'processor:CTP-UCA-014', 'checkpoint_operator:UC-CFB-K010', 'checkpoint_operator:UC-CFB-K060', 'checkpoint_operator:UC-CFB-K086']),
    );
    expect(view.parties).not.toContain('exporter:20600000014');
  });

  it('shows scans of a number never issued as not issued, concerning only the checkpoints that scanned it', () => {
    const view = guideView('GTF-X', recorded([[scan('S-1', 'UC-CFB-K010', '2026-05-02T07:00:00-05:00'), operator('UC-CFB-K010')]]));
    expect(view).toMatchObject({ number: 'GTF-X', status: 'not_issued', parties: ['checkpoint_operator:UC-CFB-K010'] });
    expect(view.guide).toBeUndefined();
  });
});
