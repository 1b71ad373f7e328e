import { describe, expect, it } from '@jest/globals';
import type { CertificateContent } from '../certificate-content.js';
import { laceyDeclaration } from './lacey-declaration.js';

const content = (scientificName: string): CertificateContent => ({
  certificateId: 'CERT-2026-0042',
  issuer: 'https://trace.example.pe',
  issuedAt: '2026-06-01T10:00:00-05:00',
  exporterTaxId: '20555666777',
  productLot: { lotId: 'S-1', productType: 'sawn_wood', species: { scientificName, commonNames: ['cedro'] }, quantity: { value: 7.2, unit: 'm3' } },
  harvest: { from: '2026-05-01', to: '2026-05-09' },
  origins: [{ permitId: 'P-1', planId: 'POA-6', holderTaxId: '20481234567', species: [scientificName], volumeM3: 10 }],
  plots: { type: 'FeatureCollection', features: [] },
  chainOfCustody: { ancestorLots: 2, extractedLots: 2, levels: 1, transformations: [], guides: [], confiscatedOrigins: [] },
});

describe('the Lacey Act declaration data of a certificate', () => {
  it('declares genus and species, the quantity with its unit, Peru as the country of harvest and the value', () => {
    expect(laceyDeclaration(content('Cedrela odorata'), { amount: '12500.00', currency: 'USD' })).toEqual({
      reference: 'CERT-2026-0042',
      genus: 'Cedrela',
      species: 'odorata',
      quantity: { value: 7.2, unit: 'm3' },
      countryOfHarvest: 'PE',
      value: { amount: '12500.00', currency: 'USD' },
    });
  });

  it('leaves the value out when it is not known', () => {
    expect(laceyDeclaration(content('Cedrela odorata'), undefined)).not.toHaveProperty('value');
  });

  it('drops the author from the species, and declares spp. for timber named at genus level only', () => {
    expect(laceyDeclaration(content(' Swietenia  macrophylla King'), undefined)).toMatchObject({ genus: 'Swietenia', species: 'macrophylla' });
    expect(laceyDeclaration(content('Virola'), undefined)).toMatchObject({ genus: 'Virola', species: 'spp.' });
    expect(laceyDeclaration(content('Virola sp.'), undefined)).toMatchObject({ genus: 'Virola', species: 'spp.' });
  });
});
