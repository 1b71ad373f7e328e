import type { GeoPoint, GeoPolygon, Measure } from '#shared-kernel';

// What the certificates context knows of timber's history, noted from the other contexts' integration events:
// one record per lot, permit, plan, guide, case, transformation and party, as the lineage read model keeps them.

/** Forms timber takes, and `non_timber` for a product traded by weight (tara pods), which is never transformed. */
export type ProductType = 'roundwood' | 'sawn_wood' | 'sliced_veneer' | 'rotary_veneer' | 'non_timber';

/** What of one lot went into another, in the giving lot's unit: m³, or kg of a product traded by weight. */
export type LineageEdge = {
  readonly lotId: string;
  readonly volume: number;
};

/** Where an extracted lot came from, as harvest recorded it. */
export type LotOrigin = {
  readonly permitId: string;
  readonly planId: string;
  readonly holderTaxId: string;
  /** Calendar date (`YYYY-MM-DD`). */
  readonly harvestDate: string;
  readonly pieces: number;
  /** The plot: a point with at least six decimals, or a polygon. */
  readonly geolocation: GeoPoint | GeoPolygon;
};

/** A hold or a confiscation as custody announced it. */
export type LotMeasure = {
  readonly caseRef: string;
  readonly authority: string;
  readonly at: string;
};

export type LotRecord = {
  readonly kind: 'lot';
  readonly lotId: string;
  /** Scientific name; absent until a fact named it. */
  readonly species?: string;
  readonly productType?: ProductType;
  /** `weight` for a product traded by weight, whose amounts are in kg; absent for timber, in m³. */
  readonly measure?: Measure;
  /** What the lot held when made (extracted, produced, seized), in the lot's unit; split and merge children hold what their parents gave. */
  readonly madeVolume: number;
  /** madeVolume plus what parents gave other than through a transformation: the whole the lot's children share. */
  readonly volume: number;
  readonly origin?: LotOrigin;
  /** Seized at a checkpoint beyond what its guide declared: timber of unproven origin. */
  readonly seized?: { readonly caseId: string; readonly authority: string; readonly checkpoint: string; readonly basis: string; readonly at: string };
  /** The transformation that made the lot. */
  readonly transformationId?: string;
  readonly parents: readonly LineageEdge[];
  readonly children: readonly LineageEdge[];
  /** Guides it travelled under, in the order noted. */
  readonly guides: readonly string[];
  /** Cases that name it. */
  readonly cases: readonly string[];
  /** Holds in force. */
  readonly holds: readonly LotMeasure[];
  readonly confiscation?: LotMeasure;
  /** Confiscated timber auctioned or donated: free again, and it says so. */
  readonly confiscatedOrigin?: { readonly caseRef: string; readonly authority: string; readonly method: 'auction' | 'donation'; readonly recipientTaxId: string; readonly at: string };
};

export type PermitStatus = 'active' | 'suspended' | 'cancelled';

export type PermitRecord = {
  readonly kind: 'permit';
  readonly permitId: string;
  /** Every standing with the time it took effect, in the order noted. */
  readonly standings: readonly { readonly status: PermitStatus; readonly reason: string; readonly authority: string; readonly at: string }[];
};

export type PlanRecord = {
  readonly kind: 'plan';
  readonly planId: string;
  readonly permitId: string;
  /** Calendar dates, both included. */
  readonly validity: { readonly from: string; readonly to: string };
};

export type GuideRecord = {
  readonly kind: 'guide';
  readonly guideNumber: string;
  readonly issuerTaxId?: string;
  readonly holderTaxId?: string;
  readonly authority?: string;
  readonly lots: readonly string[];
  readonly destination?: { readonly facilityId: string; readonly consigneeTaxId: string; readonly consigneeKind: 'processor' | 'depot' | 'exporter' };
  readonly issuedAt?: string;
  readonly deliveredAt?: string;
  /** Scans that stopped the load: the transport did not match its guide or trajectory. */
  readonly flags: readonly { readonly scanId: string; readonly checkpoint: string; readonly caseId?: string; readonly rules: readonly string[]; readonly observedAt: string }[];
  /** Harvest could not count it against its plan: volume beyond the quota. */
  readonly notCounted?: { readonly error: string; readonly message: string };
};

export type CaseRecord = {
  readonly kind: 'case';
  readonly caseId: string;
  readonly authority: string;
  readonly status: 'open' | 'closed';
  readonly outcome?: 'sanction' | 'dismissal';
  readonly lots: readonly string[];
  /** Lots a final case set free: the authority found them clear, whatever it sanctioned. */
  readonly released?: readonly string[];
  readonly openedAt: string;
  readonly closedAt?: string;
};

export type TransformationRecord = {
  readonly kind: 'transformation';
  readonly transformationId: string;
  readonly facilityId?: string;
  readonly at?: string;
  readonly outputs: readonly string[];
  /** Output above the maximum yield, declared as an exception. */
  readonly overYield?: { readonly reason: string; readonly species: readonly string[] };
};

export type PartyRecord = {
  readonly kind: 'party';
  readonly taxId: string;
  readonly disqualifications: readonly { readonly caseId: string; readonly authority: string; readonly from: string; readonly until: string }[];
};

export type LineageRecord = LotRecord | PermitRecord | PlanRecord | GuideRecord | CaseRecord | TransformationRecord | PartyRecord;

/** One ancestor of a lot: how far up, and the share of its volume that flowed into the lot (summed over every path). */
export interface Ancestor {
  readonly lot: LotRecord;
  readonly depth: number;
  /** Fraction of the ancestor's volume (or weight), 0 to 1; absent when an amount on the way is unknown. */
  readonly share?: number;
}

/** A lot with every ancestor back to extraction and the records they name: what a certificate is judged on. */
export interface LineageView {
  readonly lot: LotRecord;
  readonly ancestors: readonly Ancestor[];
  readonly permits: readonly PermitRecord[];
  readonly plans: readonly PlanRecord[];
  readonly guides: readonly GuideRecord[];
  readonly cases: readonly CaseRecord[];
  readonly transformations: readonly TransformationRecord[];
  readonly parties: readonly PartyRecord[];
}

/** How a lot's amounts are measured: kg for a product traded by weight, else m³. */
export function measureOfLot(lot: Pick<LotRecord, 'measure'>): Measure {
  return lot.measure ?? 'volume';
}

/** The lot and its ancestors, nearest first. */
export function lineageLots(view: LineageView): readonly LotRecord[] {
  return [view.lot, ...view.ancestors.map((ancestor) => ancestor.lot)];
}
