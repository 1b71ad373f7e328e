import { describe, expect, it } from '@jest/globals';
import { certificateContent } from '../certificate-content.js';
import type { LineageView } from '../lineage.js';
import { epcisDocument } from './epcis-document.js';
import { eudrStatement, hsHeadingOf } from './eudr-statement.js';
import { laceyDeclaration } from './lacey-declaration.js';
import { BASE_URI, CREATED_AT, HOLDER, lot, origin } from './sawn-lineage.fixtures.spec.js';

// Tara pods, a product traded by weight: 1200 kg gathered under a permit, 450.5 kg of it split off and exported.

const TARA = 'Caesalpinia spinosa';
const gathered = lot('T-1', {
  species: TARA,
  productType: 'non_timber',
  measure: 'weight',
  madeVolume: 1200,
  volume: 1200,
  origin: origin('2026-05-02', { type: 'Point', coordinates: [-74.512345, -8.401234] }),
  children: [{ lotId: 'T-2', volume: 450.5 }],
});
const exported = lot('T-2', { measure: 'weight', volume: 450.5, parents: [{ lotId: 'T-1', volume: 450.5 }] });
const view: LineageView = { lot: exported, ancestors: [{ lot: gathered, depth: 1, share: 450.5 / 1200 }], permits: [], plans: [], guides: [], cases: [], transformations: [], parties: [] };
const content = certificateContent(view, { certificateId: 'CERT-T', issuer: 'SERFOR', issuedAt: '2026-06-01T10:00:00-05:00', exporterTaxId: '20555666777', commonNames: ['tara'] });

describe('the certificate of a product traded by weight', () => {
  it('states its quantity, origins and plots in kg, never in an m³ field', () => {
    expect(content.productLot).toEqual({ lotId: 'T-2', productType: 'non_timber', species: { scientificName: TARA, commonNames: ['tara'] }, quantity: { value: 450.5, unit: 'kg' } });
    expect(content.origins).toEqual([{ permitId: 'P-UCA-001', planId: 'POA-6', holderTaxId: HOLDER, species: [TARA], volumeKg: 450.5 }]);
    expect(content.plots.features.map((feature) => feature.properties)).toEqual([{ lotId: 'T-1', permitId: 'P-UCA-001', planId: 'POA-6', species: TARA, harvestDate: '2026-05-02', volumeKg: 450.5 }]);
  });

  it('gives EUDR its net mass in kg, each producer its kg, and no timber HS heading', () => {
    const statement = eudrStatement(content, hsHeadingOf(content.productLot.productType));
    expect(statement).toMatchObject({ hsHeading: null, quantity: { netMass: 450.5, unit: 'kg' }, producers: [{ taxId: HOLDER, country: 'PE', permitIds: ['P-UCA-001'], volumeKg: 450.5 }] });
    expect(statement.quantity).not.toHaveProperty('netVolume');
  });

  it('gives the Lacey declaration the quantity and unit of the lot', () => {
    expect(laceyDeclaration(content, undefined).quantity).toEqual({ value: 450.5, unit: 'kg' });
  });

  it('exports its EPCIS quantities in kilograms (KGM), the split in the lot’s own unit', () => {
    const list = epcisDocument(view, { createdAt: CREATED_AT, baseUri: BASE_URI }).epcisBody.eventList;
    const lotUri = (lotId: string) => `${BASE_URI}/lots/${lotId}`;
    const commissioning = list.find((event) => event.eventID.endsWith('/commissionings/T-1'));
    expect(commissioning).toMatchObject({ quantityList: [{ epcClass: lotUri('T-1'), quantity: 1200, uom: 'KGM' }], ilmd: { 'tt:productType': 'non_timber', 'tt:volumeKg': 1200 } });
    expect(commissioning?.['ilmd']).not.toHaveProperty('tt:volumeM3');
    expect(list.find((event) => event.eventID.endsWith('/splits/T-2'))).toMatchObject({
      inputQuantityList: [{ epcClass: lotUri('T-1'), quantity: 450.5, uom: 'KGM' }],
      outputQuantityList: [{ epcClass: lotUri('T-2'), quantity: 450.5, uom: 'KGM' }],
    });
  });
});
