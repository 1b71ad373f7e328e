import type { GeoPoint, GeoPolygon, Measure, Quantity } from '#shared-kernel';

/** Forms timber takes between the forest and export (the yield catalogue's products), and non-timber forest products. */
export type ProductType = 'roundwood' | 'sawn_wood' | 'sliced_veneer' | 'rotary_veneer' | 'non_timber';

/** The forms of timber, each traded by volume. */
export type TimberProductType = Exclude<ProductType, 'non_timber'>;

/** Non-timber forest products (tara pods, say) are traded by weight; every form of timber by volume. */
export function measureOfProduct(productType: ProductType): Measure {
  return productType === 'non_timber' ? 'weight' : 'volume';
}

/** Where a lot rests while it is not on the road: the permit holder's yard, a processor, depot or exporter, or an authority. */
export type LotPlace =
  | { readonly kind: 'holder'; readonly holderTaxId: string }
  | { readonly kind: 'facility'; readonly facilityId: string }
  /** Timber an authority seized (at a checkpoint, or later in its warehouse): kept by that authority. */
  | { readonly kind: 'authority'; readonly authority: string; readonly checkpoint?: string; readonly warehouse?: string };

/** Volume (or weight) passed from one lot to another: an edge of the lineage graph, in the lots' measure. */
export interface LotShare {
  readonly lotId: string;
  readonly volume: Quantity;
}

/** A lot's lineage one level up and down. */
export interface LotLineage {
  readonly parents: readonly LotShare[];
  readonly children: readonly LotShare[];
}

/** A plot as EUDR wants it: a point, or a polygon for plots over 4 ha. */
export type LotGeolocation = GeoPoint | GeoPolygon;

/** The outcome of a checkpoint scan of the guide the lot travels under. */
export type ScanVerdict = 'pass' | 'warning' | 'failure';

/** Why a lot leaves a guide it was never delivered under. */
export type GuideReleaseReason = 'guide_annulled' | 'guide_expired' | 'issuance_refused';

/**
 * Why timber on a truck is beyond its guide: a species it does not declare, more m³ (or kg) or more pieces than declared, pieces
 * checked by code that its piece lists do not list as what they are, or no guide at all.
 */
export const SEIZURE_BASES = ['species_not_declared', 'volume_beyond_declared', 'pieces_beyond_declared', 'pieces_not_listed', 'no_guide'] as const;
export type SeizureBasis = (typeof SEIZURE_BASES)[number];

/** Taking the last of a lot's volume ends its life as a lot; what took it is remembered. */
export type LotClosure = 'consumed' | 'split' | 'merged';

/** Scientific names are compared as people type them: case and spacing do not matter. */
export function sameSpecies(a: string, b: string): boolean {
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  return key(a) === key(b);
}

/** How an authority gives up confiscated timber: sold at auction or donated by resolution. */
export type DisposalMethod = 'auction' | 'donation';

/** Who receives disposed timber: a RUC or DNI, and the facility it goes to, if any. */
export interface DisposalRecipient {
  readonly taxId: string;
  readonly facilityId?: string;
}

/** Timber that was confiscated and then auctioned or donated keeps saying so, whoever keeps it now. */
export interface ConfiscatedOrigin {
  readonly caseRef: string;
  readonly method: DisposalMethod;
  /** The auction record or the donation resolution. */
  readonly reference: string;
}

/** A hold a new lot takes from a parent held when it was made: the case follows the timber into what it became. */
export interface InheritedHold {
  readonly kind: 'immobilised' | 'confiscated';
  readonly caseRef: string;
  readonly authority: string;
  readonly fromLotId: string;
}
