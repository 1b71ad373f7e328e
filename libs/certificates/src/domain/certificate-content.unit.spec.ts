import { describe, expect, it } from '@jest/globals';
import type { GeoPolygon } from '#shared-kernel';
import { amountIn, certificateContent, type ContentFacts } from './certificate-content.js';
import type { GuideRecord, LineageView, LotRecord, TransformationRecord } from './lineage.js';

// Two logs of one plan sawn into boards, a share of the boards split off at the yard and re-sawn with a log of
// another plan and an auctioned seized lot into the product: two transformations on the longest path, a split between.

const HOLDER = '20481234567';
const OTHER_HOLDER = '20399988877';
const ODORATA = 'Cedrela odorata';
const FISSILIS = 'Cedrela fissilis';
const plot: GeoPolygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-74.52, -8.41],
      [-74.51, -8.41],
      [-74.51, -8.4],
      [-74.52, -8.41],
    ],
  ],
};

function lot(lotId: string, fields: Partial<LotRecord> = {}): LotRecord {
  return { kind: 'lot', lotId, madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [], ...fields };
}

const log1 = lot('L-1', {
  species: ODORATA,
  productType: 'roundwood',
  madeVolume: 10,
  volume: 10,
  origin: { permitId: 'P-1', planId: 'POA-6', holderTaxId: HOLDER, harvestDate: '2026-05-01', pieces: 3, geolocation: { type: 'Point', coordinates: [-74.512345, -8.401234] } },
  children: [{ lotId: 'S-1', volume: 10 }],
  guides: ['GTF-1'],
});
const log2 = lot('L-2', {
  species: FISSILIS,
  productType: 'roundwood',
  madeVolume: 8,
  volume: 8,
  origin: { permitId: 'P-1', planId: 'POA-6', holderTaxId: HOLDER, harvestDate: '2026-05-03', pieces: 2, geolocation: plot },
  children: [{ lotId: 'S-1', volume: 6 }],
  guides: ['GTF-1'],
});
const log3 = lot('L-3', {
  species: ODORATA,
  productType: 'roundwood',
  madeVolume: 5,
  volume: 5,
  origin: { permitId: 'P-2', planId: 'POA-7', holderTaxId: OTHER_HOLDER, harvestDate: '2026-04-20', pieces: 1, geolocation: { type: 'Point', coordinates: [-74.6, -8.5] } },
  children: [{ lotId: 'P-1', volume: 5 }],
  guides: ['GTF-2'],
});
const auctioned = lot('X-1', {
  species: ODORATA,
  productType: 'roundwood',
  madeVolume: 2,
  volume: 2,
  seized: { caseId: 'CASE-9', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'volume_beyond_declared', at: '2026-04-25T18:10:00-05:00' },
  confiscatedOrigin: { caseRef: 'CASE-9', authority: 'ATFFS Ucayali', method: 'auction', recipientTaxId: '20600011122', at: '2026-05-15T12:00:00-05:00' },
  children: [{ lotId: 'P-1', volume: 2 }],
});
const boards = lot('S-1', {
  species: ODORATA,
  productType: 'sawn_wood',
  madeVolume: 7,
  volume: 7,
  transformationId: 'T-1',
  parents: [
    { lotId: 'L-1', volume: 10 },
    { lotId: 'L-2', volume: 6 },
  ],
  children: [
    { lotId: 'C-1', volume: 4 },
    { lotId: 'C-2', volume: 3 },
  ],
});
const splitOff = lot('C-1', { madeVolume: 0, volume: 4, parents: [{ lotId: 'S-1', volume: 4 }], children: [{ lotId: 'P-1', volume: 4 }] });
const product = lot('P-1', {
  species: ODORATA,
  productType: 'sawn_wood',
  madeVolume: 6.5,
  volume: 6.5,
  transformationId: 'T-2',
  parents: [
    { lotId: 'C-1', volume: 4 },
    { lotId: 'L-3', volume: 5 },
    { lotId: 'X-1', volume: 2 },
  ],
});

const guide = (guideNumber: string, issuedAt: string, deliveredAt?: string): GuideRecord => ({
  kind: 'guide',
  guideNumber,
  issuerTaxId: HOLDER,
  holderTaxId: HOLDER,
  lots: [],
  destination: { facilityId: 'CTP-PUCALLPA', consigneeTaxId: '20600011122', consigneeKind: 'processor' },
  issuedAt,
  ...(deliveredAt === undefined ? {} : { deliveredAt }),
  flags: [],
});
const transformation = (transformationId: string, at: string, outputs: string[]): TransformationRecord => ({ kind: 'transformation', transformationId, facilityId: 'CTP-PUCALLPA', at, outputs });

function lineage(): LineageView {
  return {
    lot: product,
    // As the read model answers: nearest first, each share the fraction of the ancestor's volume in the product.
    ancestors: [
      { lot: splitOff, depth: 1, share: 1 },
      { lot: log3, depth: 1, share: 1 },
      { lot: auctioned, depth: 1, share: 1 },
      { lot: boards, depth: 2, share: 4 / 7 },
      { lot: log1, depth: 3, share: (10 / 10) * (4 / 7) },
      { lot: log2, depth: 3, share: (6 / 8) * (4 / 7) },
    ],
    permits: [],
    plans: [],
    guides: [guide('GTF-1', '2026-05-04T06:00:00-05:00', '2026-05-05T15:30:00-05:00'), guide('GTF-2', '2026-04-22T06:00:00-05:00'), { kind: 'guide', guideNumber: 'GTF-8', lots: [], flags: [] }],
    cases: [],
    transformations: [transformation('T-2', '2026-05-20T09:00:00-05:00', ['P-1']), transformation('T-1', '2026-05-06T09:00:00-05:00', ['S-1']), { kind: 'transformation', transformationId: 'T-9', outputs: [] }],
    parties: [],
  };
}

const facts: ContentFacts = { certificateId: 'CERT-1', issuer: 'SERFOR', issuedAt: '2026-06-01T10:00:00-05:00', exporterTaxId: '20555666777', commonNames: ['cedro'] };

describe('what a certificate states', () => {
  it('the product, its exporter and issuer, as the facts and the lot give them', () => {
    const content = certificateContent(lineage(), facts);
    expect(content).toMatchObject({ certificateId: 'CERT-1', issuer: 'SERFOR', issuedAt: '2026-06-01T10:00:00-05:00', exporterTaxId: '20555666777' });
    expect(content.productLot).toEqual({ lotId: 'P-1', productType: 'sawn_wood', species: { scientificName: ODORATA, commonNames: ['cedro'] }, quantity: { value: 6.5, unit: 'm3' } });
  });

  it('per origin plan: its permit, holder, species and the m³ of its timber that went into the product', () => {
    // L-1 gave 4/7 of its 10 m³, L-2 3/7 of its 8 m³ (through 6 of 8 into boards of which 4 of 7 went on), L-3 all of its 5.
    expect(certificateContent(lineage(), facts).origins).toEqual([
      { permitId: 'P-2', planId: 'POA-7', holderTaxId: OTHER_HOLDER, species: [ODORATA], volumeM3: 5 },
      { permitId: 'P-1', planId: 'POA-6', holderTaxId: HOLDER, species: [FISSILIS, ODORATA], volumeM3: 9.142857 },
    ]);
  });

  it('the earliest and latest harvest among the extracted lots', () => {
    expect(certificateContent(lineage(), facts).harvest).toEqual({ from: '2026-04-20', to: '2026-05-03' });
  });

  it('each plot as a GeoJSON feature with what was taken from it', () => {
    expect(certificateContent(lineage(), facts).plots).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: log3.origin!.geolocation, properties: { lotId: 'L-3', permitId: 'P-2', planId: 'POA-7', species: ODORATA, harvestDate: '2026-04-20', volumeM3: 5 } },
        { type: 'Feature', geometry: log1.origin!.geolocation, properties: { lotId: 'L-1', permitId: 'P-1', planId: 'POA-6', species: ODORATA, harvestDate: '2026-05-01', volumeM3: 5.714286 } },
        { type: 'Feature', geometry: plot, properties: { lotId: 'L-2', permitId: 'P-1', planId: 'POA-6', species: FISSILIS, harvestDate: '2026-05-03', volumeM3: 3.428571 } },
      ],
    });
  });

  it('the chain of custody: lots, levels, transformations and guides in time order, confiscated origins', () => {
    expect(certificateContent(lineage(), facts).chainOfCustody).toEqual({
      ancestorLots: 6,
      extractedLots: 3,
      levels: 2,
      transformations: [
        { transformationId: 'T-1', facilityId: 'CTP-PUCALLPA', at: '2026-05-06T09:00:00-05:00' },
        { transformationId: 'T-2', facilityId: 'CTP-PUCALLPA', at: '2026-05-20T09:00:00-05:00' },
      ],
      guides: [
        { guideNumber: 'GTF-2', issuedAt: '2026-04-22T06:00:00-05:00', destinationFacilityId: 'CTP-PUCALLPA' },
        { guideNumber: 'GTF-1', issuedAt: '2026-05-04T06:00:00-05:00', deliveredAt: '2026-05-05T15:30:00-05:00', destinationFacilityId: 'CTP-PUCALLPA' },
      ],
      confiscatedOrigins: [{ lotId: 'X-1', caseRef: 'CASE-9', method: 'auction' }],
    });
  });
});

describe('transformation levels', () => {
  const view = (self: LotRecord, ancestors: LineageView['ancestors']): LineageView => ({ ...lineage(), lot: self, ancestors });
  const levels = (lineageView: LineageView) => certificateContent(lineageView, facts).chainOfCustody.levels;

  it('counts a transformation, not a split', () => {
    expect(levels(view(boards, [{ lot: log1, depth: 1, share: 1 }, { lot: log2, depth: 1, share: 0.75 }]))).toBe(1);
    expect(levels(view(splitOff, [{ lot: boards, depth: 1, share: 4 / 7 }, { lot: log1, depth: 2, share: 4 / 7 }, { lot: log2, depth: 2, share: 3 / 7 }]))).toBe(1);
  });

  it('takes the longest path, not the shortest nor the first', () => {
    const reordered = { ...lineage(), lot: { ...product, parents: [...product.parents].reverse() } };
    expect(levels(reordered)).toBe(2);
  });

  it('is none for timber not transformed since the forest', () => {
    expect(levels(view(lot('C-9', { parents: [{ lotId: 'L-3', volume: 5 }] }), [{ lot: log3, depth: 1, share: 1 }]))).toBe(0);
  });
});

describe('a product that says nothing of its own form or species', () => {
  it('takes its nearest ancestor’s, and no common names when the catalogue has none', () => {
    const splitView: LineageView = { ...lineage(), lot: splitOff, ancestors: [{ lot: boards, depth: 1, share: 4 / 7 }, { lot: log1, depth: 2, share: 4 / 7 }, { lot: log2, depth: 2, share: 3 / 7 }] };
    expect(certificateContent(splitView, { ...facts, commonNames: [] }).productLot).toEqual({
      lotId: 'C-1',
      productType: 'sawn_wood',
      species: { scientificName: ODORATA, commonNames: [] },
      quantity: { value: 4, unit: 'm3' },
    });
  });
});

describe('a product felled as it is', () => {
  it('states its own plot, plan and harvest', () => {
    const content = certificateContent({ ...lineage(), lot: log3, ancestors: [] }, facts);
    expect(content.plots.features.map((feature) => feature.properties.lotId)).toEqual(['L-3']);
    expect(content.origins).toEqual([{ permitId: 'P-2', planId: 'POA-7', holderTaxId: OTHER_HOLDER, species: [ODORATA], volumeM3: 5 }]);
    expect(content.harvest).toEqual({ from: '2026-04-20', to: '2026-04-20' });
  });
});

describe('confiscated timber back in the chain', () => {
  it('states how each lot was disposed of, and none of them as a plot or an origin', () => {
    const donated = lot('X-2', { ...auctioned, lotId: 'X-2', confiscatedOrigin: { caseRef: 'CASE-11', authority: 'OSINFOR', method: 'donation', recipientTaxId: '20100000001', at: '2026-05-16T12:00:00-05:00' } });
    const view: LineageView = { ...lineage(), lot: { ...product, parents: [...product.parents, { lotId: 'X-2', volume: 2 }] }, ancestors: [...lineage().ancestors, { lot: donated, depth: 1, share: 1 }] };
    const content = certificateContent(view, facts);
    expect(content.chainOfCustody.confiscatedOrigins).toEqual([
      { lotId: 'X-1', caseRef: 'CASE-9', method: 'auction' },
      { lotId: 'X-2', caseRef: 'CASE-11', method: 'donation' },
    ]);
    expect(content.plots.features.map((feature) => feature.properties.lotId)).toEqual(['L-3', 'L-1', 'L-2']);
    expect(content.chainOfCustody.extractedLots).toBe(3);
  });
});

describe('an extracted lot that took in a merge before it went into the product', () => {
  it('states of its plot only its own timber that flowed, so the branch adds up to what the product took', () => {
    // L-2 (8 m³ felled) took 3 m³ of L-9 and gave 6 of its 11 m³ to the product.
    const grown = lot('L-2', { ...log2, volume: 11, parents: [{ lotId: 'L-9', volume: 3 }] });
    const log9 = lot('L-9', { ...log1, lotId: 'L-9', madeVolume: 3, volume: 3, children: [{ lotId: 'L-2', volume: 3 }] });
    const view: LineageView = { ...lineage(), lot: product, ancestors: [{ lot: grown, depth: 1, share: 6 / 11 }, { lot: log9, depth: 2, share: 6 / 11 }] };
    const flowed = Object.fromEntries(certificateContent(view, facts).plots.features.map((feature) => [feature.properties.lotId, amountIn(feature.properties)]));
    expect(flowed['L-2']! + flowed['L-9']!).toBeCloseTo(6, 5);
  });
});
