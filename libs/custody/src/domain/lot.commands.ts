import type { Command, Quantity } from '#shared-kernel';
import type { DisposalMethod, DisposalRecipient, GuideReleaseReason, InheritedHold, LotGeolocation, LotPlace, LotShare, ProductType, ScanVerdict, SeizureBasis, TimberProductType } from './lot.js';
import type { SeizedPiece } from './piece-list.js';

/** From harvest's LotExtracted: the lot id is harvest's, so a replayed extraction lands on the same stream. */
export type CreateExtractedLot = Command<
  'CreateExtractedLot',
  {
    readonly lotId: string;
    readonly permitId: string;
    readonly planId: string;
    readonly holderTaxId: string;
    readonly species: string;
    readonly volume: Quantity;
    readonly pieces: number;
    readonly harvestDate: string;
    readonly geolocation: LotGeolocation;
  }
>;

/** From processing's TransformationRecorded: one output of a transformation. */
export type CreateProductLot = Command<
  'CreateProductLot',
  {
    readonly lotId: string;
    readonly facilityId: string;
    readonly productType: ProductType;
    readonly species: string;
    readonly volume: Quantity;
    readonly parents: readonly LotShare[];
    readonly transformationId: string;
    readonly at: string;
    /** Set when an input was held when consumed: the product is held under the same case. */
    readonly inheritedHold?: InheritedHold;
  }
>;

/** A new lot made of volume its parents already gave up (LotSplit or LotMergedInto on each parent). */
export type CreateChildLot = Command<
  'CreateChildLot',
  {
    readonly lotId: string;
    readonly parents: readonly LotShare[];
    readonly species: string;
    readonly productType: ProductType;
    readonly place: LotPlace;
    readonly at: string;
    /** Set when a parent was held by the time it gave: the new lot is held under the same case. */
    readonly inheritedHold?: InheritedHold;
  }
>;

/** On the new lot's stream, before any parent gives: what the merge will take from each. */
export type RequestMerge = Command<
  'RequestMerge',
  {
    readonly lotId: string;
    readonly parents: readonly LotShare[];
    readonly target: { readonly species: string; readonly productType: ProductType; readonly place: LotPlace };
    readonly at: string;
  }
>;

/** No parent gave anything: the merge made no lot. */
export type AbandonMerge = Command<'AbandonMerge', { readonly lotId: string; readonly at: string }>;

/** On the target lot: it takes in volume its parents already gave up (LotMergedInto on each parent). */
export type MergeLots = Command<'MergeLots', { readonly parents: readonly LotShare[]; readonly at: string }>;

/** On a parent, before the target records the merge: what the target is, so that a lot only ever holds one species and product. */
export type MergeIntoLot = Command<
  'MergeIntoLot',
  {
    readonly targetLotId: string;
    readonly volume: Quantity;
    readonly target: { readonly species: string; readonly productType: ProductType; readonly place: LotPlace };
    readonly at: string;
  }
>;

export type SplitLot = Command<'SplitLot', { readonly children: readonly LotShare[]; readonly at: string }>;

export type DispatchLot = Command<'DispatchLot', { readonly guideNumber: string; readonly at: string }>;

export type ReleaseFromGuide = Command<'ReleaseFromGuide', { readonly guideNumber: string; readonly reason: GuideReleaseReason; readonly at: string }>;

export type RecordLotScanned = Command<
  'RecordLotScanned',
  { readonly guideNumber: string; readonly checkpoint: string; readonly verdict: ScanVerdict; readonly at: string }
>;

export type DeliverLot = Command<'DeliverLot', { readonly guideNumber: string; readonly facilityId: string; readonly at: string }>;

export type ImmobiliseLot = Command<
  'ImmobiliseLot',
  {
    readonly caseRef: string;
    readonly reason: string;
    readonly authority: string;
    /** Set when the load was stopped on the road. */
    readonly checkpoint?: string;
    readonly at: string;
  }
>;

/** Timber a scan found beyond its guide, taken into the authority's custody as a lot of unproven origin. */
export type SeizeLot = Command<
  'SeizeLot',
  {
    readonly lotId: string;
    readonly caseRef: string;
    readonly authority: string;
    readonly checkpoint: string;
    readonly guideNumber: string;
    readonly scanId: string;
    readonly species: string;
    /** What the guide it travelled under says it is (`seizedProductType`); roundwood when it says nothing. A weight is always `non_timber`. */
    readonly productType?: TimberProductType;
    readonly pieces: number;
    readonly volume: Quantity;
    readonly basis: SeizureBasis;
    /** With basis `pieces_not_listed`: the pieces seized by their codes, with their dimensions where measured. */
    readonly seizedPieces?: readonly SeizedPiece[];
    readonly at: string;
  }
>;

/** After review: the case that immobilised the lot lets it go. */
export type ReleaseLot = Command<'ReleaseLot', { readonly caseRef: string; readonly authority: string; readonly at: string }>;

export type ConfiscateLot = Command<'ConfiscateLot', { readonly caseRef: string; readonly authority: string; readonly at: string }>;

/** The authority takes the confiscated lot into its warehouse. */
export type StoreConfiscatedLot = Command<'StoreConfiscatedLot', { readonly authority: string; readonly warehouse: string; readonly at: string }>;

/** The authority auctions or donates the confiscated lot: it goes to the recipient, free, marked as confiscated timber. */
export type DisposeConfiscatedLot = Command<
  'DisposeConfiscatedLot',
  {
    readonly authority: string;
    readonly method: DisposalMethod;
    readonly recipient: DisposalRecipient;
    readonly reference: string;
    readonly at: string;
  }
>;

/** From processing's TransformationRecorded: the volume of this lot the transformation took. */
export type ConsumeLot = Command<
  'ConsumeLot',
  {
    readonly transformationId: string;
    readonly facilityId: string;
    readonly volume: Quantity;
    /** The product lots it went into, each with what of this lot it took, in the lot's measure. */
    readonly products: readonly LotShare[];
    readonly at: string;
  }
>;

export type LotCommand =
  | CreateExtractedLot
  | CreateProductLot
  | CreateChildLot
  | RequestMerge
  | AbandonMerge
  | MergeLots
  | MergeIntoLot
  | SplitLot
  | DispatchLot
  | ReleaseFromGuide
  | RecordLotScanned
  | DeliverLot
  | ImmobiliseLot
  | ReleaseLot
  | ConfiscateLot
  | SeizeLot
  | StoreConfiscatedLot
  | DisposeConfiscatedLot
  | ConsumeLot;
