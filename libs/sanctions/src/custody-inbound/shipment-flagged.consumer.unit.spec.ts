import { describe, expect, it } from '@jest/globals';
import type { LoadLineV1, SeizedLotV1, ShipmentFlaggedV1 } from '#custody/integration';
import { findingsOfScan } from './shipment-flagged.consumer.js';

const TARA = 'Caesalpinia spinosa';
const CEDRO = 'Cedrela odorata';

const flagged = (declared: LoadLineV1[], observed: LoadLineV1[], seized: SeizedLotV1[]): ShipmentFlaggedV1 => ({
  type: 'ShipmentFlagged',
  version: 1,
  data: {
    guideNumber: 'GTF-1',
    scanId: 'SCAN-1',
    lots: ['LOT-1'],
    holderTaxId: '20393857413',
    checkpoint: 'UC-CFB-K160',
    authority: 'ARFFS-UCAYALI',
    plate: 'J12345',
    driverId: 'DNI-1',
    observedAt: '2026-05-02T08:00:00-05:00',
    failedChecks: [{ rule: 'WEIGHT_MATCH', expected: 1000, observed: 1200, message: 'heavier than declared' }],
    caseId: 'CASE-1',
    load: { declared, observed, seized },
  },
});

describe('the load of a flagged scan, as the case records it', () => {
  it('gives a weighed product in kg, apart from the m³ of timber, and converts board feet to m³', () => {
    const command = findingsOfScan(
      flagged(
        [{ species: TARA, pieces: 40, volume: { value: 1000, unit: 'kg' } }],
        [
          { species: TARA, pieces: 48, volume: { value: 1200, unit: 'kg' } },
          { species: CEDRO, pieces: 2, volume: { value: 1000, unit: 'board_feet' } },
        ],
        [{ lotId: 'SEIZED-1', species: TARA, pieces: 8, volume: { value: 200, unit: 'kg' }, basis: 'volume_beyond_declared' }],
      ),
    );
    const source = command.data.source;
    expect(source.kind === 'scan' ? source.load : undefined).toEqual({
      declared: [{ species: TARA, pieces: 40, kg: '1000' }],
      observed: [
        { species: TARA, pieces: 48, kg: '1200' },
        { species: CEDRO, pieces: 2, m3: '2.3597' },
      ],
      seized: [{ species: TARA, pieces: 8, kg: '200', lotId: 'SEIZED-1', basis: 'volume_beyond_declared' }],
    });
    expect(command.data.lots).toEqual(['LOT-1', 'SEIZED-1']);
  });
});
