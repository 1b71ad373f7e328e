import type { CertificateContent } from '../certificate-content.js';

/** What a US importer's Lacey Act declaration (PPQ 505) needs to know of one plant product: timber, or one traded by weight. */
export interface LaceyDeclaration {
  /** The origin certificate the declaration rests on. */
  readonly reference: string;
  readonly genus: string;
  /** `spp.` when the timber is named at genus level only. */
  readonly species: string;
  /** As the certificate states it: m³ of timber, kg of a product traded by weight. */
  readonly quantity: { readonly value: number; readonly unit: 'm3' | 'kg' };
  readonly countryOfHarvest: 'PE';
  /** Absent when the exporter has not said what the shipment is worth. */
  readonly value?: { readonly amount: string; readonly currency: string };
}

export function laceyDeclaration(content: CertificateContent, value: { readonly amount: string; readonly currency: string } | undefined): LaceyDeclaration {
  const { productLot } = content;
  return {
    reference: content.certificateId,
    ...genusAndSpecies(productLot.species.scientificName),
    quantity: { value: productLot.quantity.value, unit: productLot.quantity.unit },
    countryOfHarvest: 'PE',
    ...(value === undefined ? {} : { value: { amount: value.amount, currency: value.currency } }),
  };
}

const UNNAMED_SPECIES = /^spp?\.?$/i;

/** The first two words of a scientific name; the author that may follow is not part of the species. */
function genusAndSpecies(scientificName: string): { readonly genus: string; readonly species: string } {
  const [genus = '', epithet] = scientificName.trim().split(/\s+/);
  return { genus, species: epithet === undefined || UNNAMED_SPECIES.test(epithet) ? 'spp.' : epithet };
}
