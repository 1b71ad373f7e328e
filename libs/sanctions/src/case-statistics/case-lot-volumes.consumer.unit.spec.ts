import { describe, expect, it } from '@jest/globals';
import type { LotConfiscatedV1, LotImmobilisedV1 } from '#custody/integration';
import { lotVolumeOf } from './case-lot-volumes.consumer.js';

const AT = '2026-05-02T08:00:00-05:00';
const immobilised = (volume: LotImmobilisedV1['data']['volume']): LotImmobilisedV1 => ({
  type: 'LotImmobilised',
  version: 1,
  data: { lotId: 'LOT-1', caseRef: 'CASE-1', reason: 'x', authority: 'ARFFS-UCAYALI', volume, at: AT },
});
const confiscated = (volume: LotConfiscatedV1['data']['volume']): LotConfiscatedV1 => ({
  type: 'LotConfiscated',
  version: 1,
  data: { lotId: 'LOT-1', caseRef: 'CASE-1', authority: 'ARFFS-UCAYALI', species: 'Caesalpinia spinosa', volume, at: AT },
});

describe("a held lot's volume under its case", () => {
  it('is m³ at a tenth of a litre whatever volume unit custody gave', () => {
    expect(lotVolumeOf(immobilised({ value: 5.25, unit: 'm3' }))).toEqual({ type: 'NoteCaseLotVolume', data: { lotId: 'LOT-1', caseId: 'CASE-1', kind: 'immobilised', m3: '5.25', at: AT } });
    expect(lotVolumeOf(immobilised({ value: 1000, unit: 'board_feet' })).data).toMatchObject({ m3: '2.3597' });
  });

  it('is kg, never m³, for a product traded by weight, immobilised or confiscated', () => {
    expect(lotVolumeOf(immobilised({ value: 850.5, unit: 'kg' })).data).toEqual({ lotId: 'LOT-1', caseId: 'CASE-1', kind: 'immobilised', kg: '850.5', at: AT });
    expect(lotVolumeOf(confiscated({ value: 850.5, unit: 'kg' })).data).toEqual({ lotId: 'LOT-1', caseId: 'CASE-1', kind: 'confiscated', kg: '850.5', species: 'Caesalpinia spinosa', at: AT });
  });
});
