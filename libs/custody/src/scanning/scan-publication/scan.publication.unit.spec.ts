import { describe, expect, it } from '@jest/globals';
import { messagesOf } from '#messaging';
import { cubicMetres, loadCaseId } from '#shared-kernel';
import { seizedLotId } from '../../domain/guide.undeclared.js';
import { result } from '../../domain/scan-checks/check-result.js';
import { CLEARED, guide, recorded, scannedData } from '../scanning.fixtures.spec.js';
import { scanIntegrationEvents } from './scan.publication.js';

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
        seized: [{ lotId: seizedLotId(caseId, 'SCAN-0001', 'Cedrela odorata'), species: 'Cedrela odorata', pieces: 12, volume: cubicMetres(20), basis: 'species_not_declared' }],
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
