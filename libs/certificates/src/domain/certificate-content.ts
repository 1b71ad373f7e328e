import type { GeoPoint, GeoPolygon, Measure } from '#shared-kernel';
import { type Ancestor, lineageLots, type LineageView, type LotRecord, measureOfLot, type ProductType } from './lineage.js';

/** m³ of timber, or kg of a product traded by weight: one field or the other, never kg in the m³ one. */
export type LotAmount = { readonly volumeM3: number } | { readonly volumeKg: number };

/** The amount, whichever unit it is in. */
export function amountIn(amount: LotAmount): number {
  return 'volumeKg' in amount ? amount.volumeKg : amount.volumeM3;
}

/** A plot as GeoJSON: the extracted lot's point or polygon, with what the permit holder took from it. */
export interface PlotFeature {
  readonly type: 'Feature';
  readonly geometry: GeoPoint | GeoPolygon;
  readonly properties: { readonly lotId: string; readonly permitId: string; readonly planId: string; readonly species: string; readonly harvestDate: string } & LotAmount;
}

export interface PlotCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly PlotFeature[];
}

/** What an origin certificate states, signed as the JWS payload: the claims a buyer or customs officer reads. */
export interface CertificateContent {
  readonly certificateId: string;
  readonly issuer: string;
  /** ISO-8601. */
  readonly issuedAt: string;
  /** The exporter's RUC. */
  readonly exporterTaxId: string;
  readonly productLot: {
    readonly lotId: string;
    readonly productType: ProductType;
    readonly species: { readonly scientificName: string; readonly commonNames: readonly string[] };
    /** m³ of timber, kg of a product traded by weight. */
    readonly quantity: { readonly value: number; readonly unit: 'm3' | 'kg' };
  };
  /** Calendar dates (`YYYY-MM-DD`) of the earliest and latest harvest in the lineage. */
  readonly harvest: { readonly from: string; readonly to: string };
  /** Per permit and plan: the holder, the species and m³ (kg, by weight) of this product it gave. */
  readonly origins: readonly ({
    readonly permitId: string;
    readonly planId: string;
    readonly holderTaxId: string;
    readonly species: readonly string[];
  } & LotAmount)[];
  readonly plots: PlotCollection;
  readonly chainOfCustody: {
    /** Every ancestor lot, the product excluded. */
    readonly ancestorLots: number;
    readonly extractedLots: number;
    /** Transformation levels between the forest and the product. */
    readonly levels: number;
    readonly transformations: readonly { readonly transformationId: string; readonly facilityId: string; readonly at: string }[];
    readonly guides: readonly { readonly guideNumber: string; readonly issuedAt: string; readonly deliveredAt?: string; readonly destinationFacilityId: string }[];
    /** Confiscated timber auctioned or donated back into the chain, by lot. */
    readonly confiscatedOrigins: readonly { readonly lotId: string; readonly caseRef: string; readonly method: 'auction' | 'donation' }[];
  };
}

export interface ContentFacts {
  readonly certificateId: string;
  readonly issuer: string;
  readonly issuedAt: string;
  readonly exporterTaxId: string;
  /** The product's species as the catalogue names it; none when the catalogue lacks it. */
  readonly commonNames: readonly string[];
}

/** What a certificate states of a lineage that passed every check. */
export function certificateContent(view: LineageView, facts: ContentFacts): CertificateContent {
  const lots = lineageLots(view);
  const measure = measureOfLot(view.lot);
  // The product itself is a root when it was delivered as it was felled.
  const roots = [{ lot: view.lot, depth: 0, share: 1 }, ...view.ancestors].filter((ancestor) => ancestor.lot.origin !== undefined);
  const plots = roots.map(({ lot, share }): PlotFeature => {
    const origin = lot.origin!;
    return {
      type: 'Feature',
      geometry: origin.geolocation,
      properties: { lotId: lot.lotId, permitId: origin.permitId, planId: origin.planId, species: lot.species ?? '', harvestDate: origin.harvestDate, ...lotAmount(flowed(lot, share), measureOfLot(lot)) },
    };
  });
  const harvestDates = roots.map(({ lot }) => lot.origin!.harvestDate).sort();
  const guides = view.guides.filter((guide) => guide.issuedAt !== undefined);
  return {
    certificateId: facts.certificateId,
    issuer: facts.issuer,
    issuedAt: facts.issuedAt,
    exporterTaxId: facts.exporterTaxId,
    productLot: {
      lotId: view.lot.lotId,
      productType: inherited(lots, 'productType') ?? (measure === 'weight' ? 'non_timber' : 'roundwood'),
      species: { scientificName: inherited(lots, 'species') ?? '', commonNames: facts.commonNames },
      quantity: { value: view.lot.volume, unit: measure === 'weight' ? 'kg' : 'm3' },
    },
    harvest: { from: harvestDates[0] ?? '', to: harvestDates.at(-1) ?? '' },
    origins: originsOf(roots),
    plots: { type: 'FeatureCollection', features: plots },
    chainOfCustody: {
      ancestorLots: view.ancestors.length,
      extractedLots: roots.length,
      levels: transformationLevels(view),
      transformations: view.transformations
        .filter((made) => made.facilityId !== undefined && made.at !== undefined)
        .map((made) => ({ transformationId: made.transformationId, facilityId: made.facilityId!, at: made.at! }))
        .sort((a, b) => a.at.localeCompare(b.at)),
      guides: guides
        .map((guide) => ({ guideNumber: guide.guideNumber, issuedAt: guide.issuedAt!, ...(guide.deliveredAt === undefined ? {} : { deliveredAt: guide.deliveredAt }), destinationFacilityId: guide.destination?.facilityId ?? '' }))
        .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt)),
      confiscatedOrigins: lots.filter((lot) => lot.confiscatedOrigin).map((lot) => ({ lotId: lot.lotId, caseRef: lot.confiscatedOrigin!.caseRef, method: lot.confiscatedOrigin!.method })),
    },
  };
}

/** m³ (kg, by weight) of an extracted lot's own that went into the product: what it was felled with, not what it took in since. */
function flowed(lot: LotRecord, share: number | undefined): number {
  return Math.round(lot.madeVolume * (share ?? 0) * 1e6) / 1e6;
}

/** Per plan and measure: m³ and kg are never added together. */
function originsOf(roots: readonly Ancestor[]): CertificateContent['origins'] {
  const byPlan = new Map<string, { permitId: string; planId: string; holderTaxId: string; species: Set<string>; measure: Measure; amount: number }>();
  for (const { lot, share } of roots) {
    const { permitId, planId, holderTaxId } = lot.origin!;
    const measure = measureOfLot(lot);
    const key = `${planId}/${measure}`;
    const plan = byPlan.get(key) ?? { permitId, planId, holderTaxId, species: new Set<string>(), measure, amount: 0 };
    if (lot.species !== undefined) plan.species.add(lot.species);
    plan.amount += flowed(lot, share);
    byPlan.set(key, plan);
  }
  return [...byPlan.values()].map(({ species, measure, amount, ...plan }) => ({ ...plan, species: [...species].sort(), ...lotAmount(Math.round(amount * 1e6) / 1e6, measure) }));
}

function lotAmount(amount: number, measure: Measure): LotAmount {
  return measure === 'weight' ? { volumeKg: amount } : { volumeM3: amount };
}

/** A split or merge child says nothing of its own form or species: its parents' hold. */
function inherited<K extends 'productType' | 'species'>(lots: readonly LotRecord[], field: K): LotRecord[K] {
  return lots.find((lot) => lot[field] !== undefined)?.[field];
}

/** The most transformations on any path from the forest to the lot. */
function transformationLevels(view: LineageView): number {
  const byId = new Map(lineageLots(view).map((lot) => [lot.lotId, lot]));
  const memo = new Map<string, number>();
  const levels = (lot: LotRecord): number => {
    const known = memo.get(lot.lotId);
    if (known !== undefined) return known;
    memo.set(lot.lotId, 0);
    const above = Math.max(0, ...lot.parents.map((edge) => byId.get(edge.lotId)).filter((parent) => parent !== undefined).map(levels));
    const value = above + (lot.transformationId === undefined ? 0 : 1);
    memo.set(lot.lotId, value);
    return value;
  };
  return levels(view.lot);
}
