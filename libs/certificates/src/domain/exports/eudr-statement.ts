import { roundVolume } from '#shared-kernel';
import { amountIn, type CertificateContent, type LotAmount, type PlotCollection } from '../certificate-content.js';
import type { ProductType } from '../lineage.js';

const HS_HEADINGS: Readonly<Partial<Record<ProductType, string>>> = {
  roundwood: '4403',
  sawn_wood: '4407',
  sliced_veneer: '4408',
  rotary_veneer: '4408',
};

/**
 * The HS heading a product is declared under: wood in the rough 4403, sawn wood 4407, veneer sheets 4408. None for a
 * product traded by weight: its heading follows its species and form (tara pods 1404, cat's claw bark 1211, fruit
 * 0810), which the lineage does not record, so the operator declares it.
 */
export function hsHeadingOf(productType: ProductType): string | null {
  return HS_HEADINGS[productType] ?? null;
}

/** A permit holder whose timber (or product traded by weight) went into the product, with the permits it came under and the m³ (kg) it gave. */
export type EudrProducer = {
  readonly taxId: string;
  readonly country: 'PE';
  readonly permitIds: readonly string[];
} & LotAmount;

/** What an EU operator's due diligence statement (Regulation 2023/1115) needs to know of one timber product. */
export interface EudrStatement {
  /** The origin certificate, the statement's evidence of legal harvest. */
  readonly reference: string;
  /** Null for a product traded by weight: see `hsHeadingOf`. */
  readonly hsHeading: string | null;
  readonly species: { readonly scientificName: string; readonly commonNames: readonly string[] };
  /** Net volume of timber; net mass in kg, as the regulation asks, of a product traded by weight. */
  readonly quantity: { readonly netVolume: number; readonly unit: 'm3' } | { readonly netMass: number; readonly unit: 'kg' };
  readonly countryOfHarvest: 'PE';
  readonly producers: readonly EudrProducer[];
  /** Every plot the timber was felled on: points of six decimals or polygons, as the regulation asks. */
  readonly geolocation: PlotCollection;
  /** Calendar dates of the earliest and latest harvest. */
  readonly harvestPeriod: { readonly from: string; readonly to: string };
  /** The exporter that ships the product to the EU operator. */
  readonly supplier: { readonly taxId: string; readonly country: 'PE' };
}

export function eudrStatement(content: CertificateContent, hsHeading: string | null): EudrStatement {
  const { productLot } = content;
  return {
    reference: content.certificateId,
    hsHeading,
    species: { scientificName: productLot.species.scientificName, commonNames: productLot.species.commonNames },
    quantity: productLot.quantity.unit === 'kg' ? { netMass: productLot.quantity.value, unit: 'kg' } : { netVolume: productLot.quantity.value, unit: 'm3' },
    countryOfHarvest: 'PE',
    producers: producersOf(content.origins),
    geolocation: content.plots,
    harvestPeriod: { from: content.harvest.from, to: content.harvest.to },
    supplier: { taxId: content.exporterTaxId, country: 'PE' },
  };
}

/** One producer per holder, however many permits and plans it came under; m³ and kg summed apart. */
function producersOf(origins: CertificateContent['origins']): EudrProducer[] {
  const producers = new Map<string, EudrProducer>();
  for (const origin of origins) {
    const { holderTaxId, permitId } = origin;
    const weighed = 'volumeKg' in origin;
    const key = `${holderTaxId}/${weighed ? 'kg' : 'm3'}`;
    const known = producers.get(key);
    const permitIds = known?.permitIds ?? [];
    const amount = roundVolume((known ? amountIn(known) : 0) + amountIn(origin));
    producers.set(key, {
      taxId: holderTaxId,
      country: 'PE',
      permitIds: permitIds.includes(permitId) ? permitIds : [...permitIds, permitId],
      ...(weighed ? { volumeKg: amount } : { volumeM3: amount }),
    });
  }
  return [...producers.values()];
}
