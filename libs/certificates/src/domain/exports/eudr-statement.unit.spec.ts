import { describe, expect, it } from '@jest/globals';
import type { CertificateContent, PlotFeature } from '../certificate-content.js';
import { eudrStatement, hsHeadingOf } from './eudr-statement.js';

const plot = (lotId: string, permitId: string, geometry: PlotFeature['geometry']): PlotFeature => ({
  type: 'Feature',
  geometry,
  properties: { lotId, permitId, planId: 'POA-6', species: 'Cedrela odorata', harvestDate: '2026-05-01', volumeM3: 10 },
});

const content: CertificateContent = {
  certificateId: 'CERT-2026-0042',
  issuer: 'https://trace.example.pe',
  issuedAt: '2026-06-01T10:00:00-05:00',
  exporterTaxId: '20555666777',
  productLot: {
    lotId: 'S-1',
    productType: 'sawn_wood',
    species: { scientificName: 'Cedrela odorata', commonNames: ['cedro', 'cedro colorado'] },
    quantity: { value: 7.2, unit: 'm3' },
  },
  harvest: { from: '2026-05-01', to: '2026-05-09' },
  origins: [
    { permitId: 'P-1', planId: 'POA-6', holderTaxId: '20481234567', species: ['Cedrela odorata'], volumeM3: 10.1 },
    { permitId: 'P-1', planId: 'POA-7', holderTaxId: '20481234567', species: ['Cedrela odorata'], volumeM3: 0.2 },
    { permitId: 'P-2', planId: 'POA-1', holderTaxId: '20481234567', species: ['Cedrela odorata'], volumeM3: 1 },
    { permitId: 'P-9', planId: 'POA-2', holderTaxId: '20399988877', species: ['Cedrela odorata'], volumeM3: 4 },
  ],
  plots: {
    type: 'FeatureCollection',
    features: [
      plot('L-1', 'P-1', { type: 'Point', coordinates: [-74.512345, -8.401234] }),
      plot('L-2', 'P-9', {
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
    ],
  },
  chainOfCustody: { ancestorLots: 3, extractedLots: 2, levels: 1, transformations: [], guides: [], confiscatedOrigins: [] },
};

describe('the EUDR due diligence data of a certificate', () => {
  it('declares the product under its HS heading, with its species, net volume and Peru as the country of harvest', () => {
    expect(eudrStatement(content, '4407')).toMatchObject({
      reference: 'CERT-2026-0042',
      hsHeading: '4407',
      species: { scientificName: 'Cedrela odorata', commonNames: ['cedro', 'cedro colorado'] },
      quantity: { netVolume: 7.2, unit: 'm3' },
      countryOfHarvest: 'PE',
      harvestPeriod: { from: '2026-05-01', to: '2026-05-09' },
      supplier: { taxId: '20555666777', country: 'PE' },
    });
  });

  it('names each permit holder once as a Peruvian producer, with its permits and the m³ it gave', () => {
    expect(eudrStatement(content, '4407').producers).toEqual([
      { taxId: '20481234567', country: 'PE', permitIds: ['P-1', 'P-2'], volumeM3: 11.3 },
      { taxId: '20399988877', country: 'PE', permitIds: ['P-9'], volumeM3: 4 },
    ]);
  });

  it('gives every plot as the GeoJSON FeatureCollection the certificate carries', () => {
    expect(eudrStatement(content, '4407').geolocation).toEqual(content.plots);
  });

  it('maps logs to 4403, sawn wood to 4407 and both veneers to 4408', () => {
    expect(hsHeadingOf('roundwood')).toBe('4403');
    expect(hsHeadingOf('sawn_wood')).toBe('4407');
    expect(hsHeadingOf('sliced_veneer')).toBe('4408');
    expect(hsHeadingOf('rotary_veneer')).toBe('4408');
  });
});
