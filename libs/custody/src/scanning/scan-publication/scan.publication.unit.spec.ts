import { describe, expect, it } from '@jest/globals';
import { messagesOf } from '#messaging';
import { cubicMetres, loadCaseId } from '#shared-kernel';
import { seizedLotId } from '../../domain/guide.undeclared.js';
import { result } from '../../domain/scan-checks/check-result.js';
import { CLEARED, guide, recorded, scannedData } from '../scanning.fixtures.spec.js';
import type { ScanVerdictRevised } from '../../domain/guide.events.js';
import { revisionIntegrationEvents, scanIntegrationEvents } from './scan.publication.js';

describe('publishing scans', () => {
  it('publishes every scan as ShipmentScanned v1, with its verdict and rules', () => {
    expect(scanIntegrationEvents(scannedData({ verdict: { decision: 'observations', failed: [], warnings: ['VEHICLE_MATCH'] } }), guide)).toEqual([
      {
        type: 'ShipmentScanned',
        version: 1,
        data: {
          guideNumber: 'GTF-2026-000123',
          scanId: 'SCAN-0001',
          checkpoint: 'UC-CFB-K010',
          authority: 'ARFFS-UCAYALI',
          plate: 'ABC-123',
          observedAt: '2026-05-02T07:00:00-05:00',
          verdict: 'observations',
          failedRules: [],
          warningRules: ['VEHICLE_MATCH'],
        },
      },
    ]);
  });

  it('flags a scan whose verdict is immobilise with the guide’s lots and holder and the failed checks', () => {
    const [scanned, flagged] = scanIntegrationEvents(scannedData(), guide);
    expect(scanned).toMatchObject({ type: 'ShipmentScanned', data: { verdict: 'immobilise', failedRules: ['SPECIES_MATCH', 'CITES_PERMIT'], warningRules: ['PIECES_MATCH'] } });
    expect(flagged).toEqual({
      type: 'ShipmentFlagged',
      version: 1,
      data: {
        guideNumber: 'GTF-2026-000123',
        scanId: 'SCAN-0001',
        lots: ['LOT-0001', 'LOT-0002', 'LOT-0003'],
        holderTaxId: '20123456789',
        checkpoint: 'UC-CFB-K010',
        authority: 'ARFFS-UCAYALI',
        plate: 'ABC-123',
        driverId: '44556677',
        observedAt: '2026-05-02T07:00:00-05:00',
        failedChecks: [
          { rule: 'SPECIES_MATCH', expected: ['Cedrelinga cateniformis'], observed: { carried: ['Cedrela odorata'] }, message: 'Carried but not declared on the guide: Cedrela odorata' },
          {
            rule: 'CITES_PERMIT',
            expected: { species: 'Cedrela odorata', appendix: 'II', m3: 20 },
            observed: { permits: [], permittedM3: 0 },
            message: 'Cedrela odorata (CITES appendix II): 20 m³ on the truck, 0 m³ covered by valid CITES permits',
          },
        ],
      },
    });
  });

  it('names the load’s case and shows declared, observed and seized side by side, the seized lots named as custody makes them', () => {
    const caseId = loadCaseId('GTF-2026-000123');
    const undeclared = [{ species: 'Cedrela odorata', pieces: 12, m3: 20, threatCategory: 'VU', citesAppendix: 'II' }];
    const results = [result('SPECIES_MATCH', 'failure', ['Cedrelinga cateniformis'], { carried: ['Cedrela odorata'], undeclared, notCarried: [] }, 'x')];
    const [, flagged] = scanIntegrationEvents(scannedData({ caseId, results }), guide);
    expect(flagged!.data).toMatchObject({
      caseId,
      load: {
        declared: [
          { species: 'Cedrelinga cateniformis', pieces: 15, volume: cubicMetres(25.0004) },
          { species: 'Calycophyllum spruceanum', pieces: 5, volume: cubicMetres(8) },
        ],
        observed: [{ species: 'Cedrela odorata', pieces: 12, volume: cubicMetres(20) }],
        seized: [{ lotId: seizedLotId(caseId, 'SCAN-0001', { species: 'Cedrela odorata', volume: cubicMetres(20), basis: 'species_not_declared' }), species: 'Cedrela odorata', pieces: 12, volume: cubicMetres(20), basis: 'species_not_declared' }],
      },
    });
  });

  it('flags a scan of a number never issued with no lots and no holder', () => {
    const [, flagged] = scanIntegrationEvents(scannedData({ guideNumber: 'GTF-FORGED' }), undefined);
    expect(flagged).toMatchObject({ type: 'ShipmentFlagged', data: { guideNumber: 'GTF-FORGED', lots: [] } });
    expect(flagged!.data).not.toHaveProperty('holderTaxId');
  });

  it('gives a redelivered scan the same message ids', async () => {
    const event = recorded({ type: 'ShipmentScanned', data: scannedData() }, 'event-9');
    const publish = () => scanIntegrationEvents(event.data, guide);
    const first = await messagesOf(event, { publish });
    expect((await messagesOf(event, { publish })).map((message) => message.id)).toEqual(first.map((message) => message.id));
    expect(new Set(first.map((message) => message.id)).size).toBe(2);
    expect(scanIntegrationEvents(scannedData({ verdict: CLEARED }), guide)).toHaveLength(1);
  });
});

describe('publishing revisions', () => {
  const tooFast = result('TRAVEL_TOO_FAST', 'failure', { minimumHours: 0.31 }, { hours: 0.08 }, 'UC-CFB-K034 → UC-CFB-K060 (25.1 km) in 0.08 h');
  const revision = (verdict: ScanVerdictRevised['data']['verdict']): ScanVerdictRevised['data'] => ({
    guideNumber: 'GTF-2026-000123',
    scanId: 'SCAN-K060',
    checkpoint: 'UC-CFB-K060',
    authority: 'ARFFS-UCAYALI',
    observedAt: '2026-05-02T08:30:00-05:00',
    previous: CLEARED,
    verdict,
    results: [tooFast],
    reason: { scanId: 'SCAN-K034', checkpoint: 'UC-CFB-K034', observedAt: '2026-05-02T08:25:00-05:00' },
    lotIds: ['LOT-0001'],
    ...(verdict.decision === 'immobilise' ? { caseId: loadCaseId('GTF-2026-000123') } : {}),
    at: '2026-05-02T11:00:00-05:00',
  });

  it('publishes every revision with both verdicts and the late scan that caused it', () => {
    const observations = { decision: 'observations' as const, failed: [], warnings: ['TRAJECTORY_ORDER' as const] };
    expect(revisionIntegrationEvents(revision(observations), undefined)).toEqual([
      {
        type: 'ShipmentVerdictRevised',
        version: 1,
        data: {
          guideNumber: 'GTF-2026-000123',
          scanId: 'SCAN-K060',
          checkpoint: 'UC-CFB-K060',
          authority: 'ARFFS-UCAYALI',
          observedAt: '2026-05-02T08:30:00-05:00',
          previous: { verdict: 'cleared', failedRules: [], warningRules: [] },
          verdict: 'observations',
          failedRules: [],
          warningRules: ['TRAJECTORY_ORDER'],
          revisedBy: { scanId: 'SCAN-K034', checkpoint: 'UC-CFB-K034', observedAt: '2026-05-02T08:25:00-05:00' },
          at: '2026-05-02T11:00:00-05:00',
        },
      },
    ]);
  });

  it('flags a scan a revision makes immobilise, with the revised failed checks, for the case of its load', () => {
    const immobilised = { decision: 'immobilise' as const, failed: ['TRAVEL_TOO_FAST' as const], warnings: [] };
    const data = revision(immobilised);
    const scan = scannedData({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', results: data.results, verdict: immobilised, caseId: data.caseId! });
    const [revised, flagged] = revisionIntegrationEvents(data, { scan, guide });
    expect(revised).toMatchObject({ type: 'ShipmentVerdictRevised', data: { verdict: 'immobilise', failedRules: ['TRAVEL_TOO_FAST'], caseId: loadCaseId('GTF-2026-000123') } });
    expect(flagged).toMatchObject({
      type: 'ShipmentFlagged',
      data: { scanId: 'SCAN-K060', caseId: loadCaseId('GTF-2026-000123'), failedChecks: [{ rule: 'TRAVEL_TOO_FAST', message: tooFast.message }] },
    });
  });
});
