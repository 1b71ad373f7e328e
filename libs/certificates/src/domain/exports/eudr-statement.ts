import { roundVolume } from '#shared-kernel';
import type { CertificateContent, PlotCollection } from '../certificate-content.js';
import type { ProductType } from '../lineage.js';

const HS_HEADINGS: Readonly<Record<ProductType, string>> = {
  roundwood: '4403',
  sawn_wood: '4407',
  sliced_veneer: '4408',
  rotary_veneer: '4408',
};

/** The HS heading a product is declared under: wood in the rough 4403, sawn wood 4407, veneer sheets 4408. */
export function hsHeadingOf(productType: ProductType): string {
  return HS_HEADINGS[productType];
}

/** A permit holder whose timber went into the product, with the permits it came under and the m³ it gave. */
export interface EudrProducer {
  readonly taxId: string;
  readonly country: 'PE';
  readonly permitIds: readonly string[];
  readonly volumeM3: number;
}

/** What an EU operator's due diligence statement (Regulation 2023/1115) needs to know of one timber product. */
export interface EudrStatement {
  /** The origin certificate, the statement's evidence of legal harvest. */
  readonly reference: string;
  readonly hsHeading: string;
  readonly species: { readonly scientificName: string; readonly commonNames: readonly string[] };
  readonly quantity: { readonly netVolume: number; readonly unit: 'm3' };
  readonly countryOfHarvest: 'PE';
  readonly producers: readonly EudrProducer[];
  /** Every plot the timber was felled on: points of six decimals or polygons, as the regulation asks. */
  readonly geolocation: PlotCollection;
  /** Calendar dates of the earliest and latest harvest. */
  readonly harvestPeriod: { readonly from: string; readonly to: string };
  /** The exporter that ships the product to the EU operator. */
  readonly supplier: { readonly taxId: string; readonly country: 'PE' };
}

export function eudrStatement(content: CertificateContent, hsHeading: string): EudrStatement {
  const { productLot } = content;
  return {
    reference: content.certificateId,
    hsHeading,
    species: { scientificName: productLot.species.scientificName, commonNames: productLot.species.commonNames },
    quantity: { netVolume: productLot.quantity.value, unit: 'm3' },
    countryOfHarvest: 'PE',
    producers: producersOf(content.origins),
    geolocation: content.plots,
    harvestPeriod: { from: content.harvest.from, to: content.harvest.to },
    supplier: { taxId: content.exporterTaxId, country: 'PE' },
  };
}

/** One producer per holder, however many permits and plans its timber came under. */
function producersOf(origins: CertificateContent['origins']): EudrProducer[] {
  const producers = new Map<string, EudrProducer>();
  for (const { holderTaxId, permitId, volumeM3 } of origins) {
    const known = producers.get(holderTaxId);
    const permitIds = known?.permitIds ?? [];
    producers.set(holderTaxId, {
      taxId: holderTaxId,
      country: 'PE',
      permitIds: permitIds.includes(permitId) ? permitIds : [...permitIds, permitId],
      volumeM3: roundVolume((known?.volumeM3 ?? 0) + volumeM3),
    });
  }
  return [...producers.values()];
}
