import type { GuideRecord, LineageView, LotRecord, TransformationRecord } from '../lineage.js';

// A sawn cedar product: two logs felled under one permit, trucked to a sawmill under one guide that a checkpoint
// stopped, sawn into the product, which a regulator then held.

export const BASE_URI = 'https://trace.example.pe';
export const CREATED_AT = '2026-06-01T10:00:00-05:00';
export const HOLDER = '20481234567';
export const SAWMILL_OWNER = '20600011122';

export function lot(lotId: string, fields: Partial<LotRecord> = {}): LotRecord {
  return { kind: 'lot', lotId, madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [], ...fields };
}

export const origin = (harvestDate: string, geolocation: NonNullable<LotRecord['origin']>['geolocation']): NonNullable<LotRecord['origin']> => ({
  permitId: 'P-UCA-001',
  planId: 'POA-6',
  holderTaxId: HOLDER,
  harvestDate,
  pieces: 3,
  geolocation,
});

export const log1 = lot('L-1', {
  species: 'Cedrela odorata',
  productType: 'roundwood',
  madeVolume: 12.5,
  volume: 12.5,
  origin: origin('2026-05-01', { type: 'Point', coordinates: [-74.512345, -8.401234] }),
  children: [{ lotId: 'S-1', volume: 10 }],
  guides: ['GTF-0001'],
});

export const log2 = lot('L-2', {
  species: 'Cedrela odorata',
  productType: 'roundwood',
  madeVolume: 8,
  volume: 8,
  origin: origin('2026-05-02', {
    type: 'Polygon',
    coordinates: [
      [
        [-74.52, -8.41],
        [-74.51, -8.41],
        [-74.51, -8.4],
        [-74.52, -8.41],
      ],
    ],
  }),
  children: [{ lotId: 'S-1', volume: 6 }],
  guides: ['GTF-0001'],
});

export const product = lot('S-1', {
  species: 'Cedrela odorata',
  productType: 'sawn_wood',
  madeVolume: 7.2,
  volume: 7.2,
  transformationId: 'T-1',
  parents: [
    { lotId: 'L-1', volume: 10 },
    { lotId: 'L-2', volume: 6 },
  ],
  holds: [{ caseRef: 'EXP-2026-014', authority: 'OSINFOR', at: '2026-05-20T11:00:00-05:00' }],
});

export const guide: GuideRecord = {
  kind: 'guide',
  guideNumber: 'GTF-0001',
  issuerTaxId: HOLDER,
  holderTaxId: HOLDER,
  authority: 'ATFFS Ucayali',
  lots: ['L-1', 'L-2', 'L-9'],
  destination: { facilityId: 'CTP-PUCALLPA', consigneeTaxId: SAWMILL_OWNER, consigneeKind: 'processor' },
  issuedAt: '2026-05-03T06:00:00-05:00',
  deliveredAt: '2026-05-04T15:30:00-05:00',
  flags: [{ scanId: 'SCAN-77', checkpoint: 'PC-NESHUYA', caseId: 'CASE-5', rules: ['volume_over_declared', 'off_trajectory'], observedAt: '2026-05-03T18:10:00-05:00' }],
};

export const sawing: TransformationRecord = { kind: 'transformation', transformationId: 'T-1', facilityId: 'CTP-PUCALLPA', at: '2026-05-06T09:00:00-05:00', outputs: ['S-1'] };

export function sawnLineage(): LineageView {
  return {
    lot: product,
    ancestors: [
      { lot: log1, depth: 1, share: 0.8 },
      { lot: log2, depth: 1, share: 0.75 },
    ],
    permits: [{ kind: 'permit', permitId: 'P-UCA-001', standings: [{ status: 'active', reason: 'granted', authority: 'SERFOR', at: '2025-01-10T00:00:00-05:00' }] }],
    plans: [{ kind: 'plan', planId: 'POA-6', permitId: 'P-UCA-001', validity: { from: '2026-01-01', to: '2026-12-31' } }],
    guides: [guide],
    cases: [],
    transformations: [sawing],
    parties: [],
  };
}
