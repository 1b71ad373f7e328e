import type { Event, Quantity, Refusal } from '#shared-kernel';
import type { DisposalMethod, DisposalRecipient, GuideReleaseReason, LotGeolocation, LotLineage, LotPlace, LotShare, ProductType, ScanVerdict, SeizureBasis } from './lot.js';
import type { SeizedPiece } from './piece-list.js';

// Volumes in events are in the base unit of the lot's measure (m³, or kg for a non-timber product), rounded to a tenth
// of a litre (or gram). Events that change an existing lot's lineage carry it as it stands after them (`lineage`), so
// it can be published without folding the stream.

/** A lot's first fact when it comes from the forest: roundwood (or a non-timber product, by weight) at the permit holder's yard. */
export type LotExtracted = Event<
  'LotExtracted',
  {
    readonly lotId: string;
    readonly permitId: string;
    readonly planId: string;
    readonly holderTaxId: string;
    readonly species: string;
    readonly productType: ProductType;
    readonly volume: Quantity;
    readonly pieces: number;
    readonly harvestDate: string;
    readonly geolocation: LotGeolocation;
  }
>;

/** A lot's first fact when a processor made it from its parents. */
export type ProductLotCreated = Event<
  'ProductLotCreated',
  {
    readonly lotId: string;
    readonly facilityId: string;
    readonly productType: ProductType;
    readonly species: string;
    readonly volume: Quantity;
    readonly parents: readonly LotShare[];
    readonly transformationId: string;
    readonly at: string;
  }
>;

/** A lot's first fact when it was split off one lot or merged from several. */
export type ChildLotCreated = Event<
  'ChildLotCreated',
  {
    readonly lotId: string;
    readonly parents: readonly LotShare[];
    readonly species: string;
    readonly productType: ProductType;
    readonly place: LotPlace;
    readonly volume: Quantity;
    readonly at: string;
  }
>;

export type LotsMerged = Event<
  'LotsMerged',
  {
    readonly lotId: string;
    readonly parents: readonly LotShare[];
    readonly addedVolume: Quantity;
    readonly volume: Quantity;
    readonly lineage: LotLineage;
    readonly at: string;
  }
>;

export type LotMergedInto = Event<
  'LotMergedInto',
  {
    readonly lotId: string;
    readonly targetLotId: string;
    readonly volume: Quantity;
    readonly remaining: Quantity;
    readonly lineage: LotLineage;
    readonly at: string;
  }
>;

export type LotSplit = Event<
  'LotSplit',
  {
    readonly lotId: string;
    readonly children: readonly LotShare[];
    readonly species: string;
    readonly productType: ProductType;
    readonly place: LotPlace;
    readonly remaining: Quantity;
    readonly lineage: LotLineage;
    readonly at: string;
  }
>;

export type LotDispatched = Event<
  'LotDispatched',
  {
    readonly lotId: string;
    readonly guideNumber: string;
    readonly species: string;
    readonly productType: ProductType;
    readonly volume: Quantity;
    readonly from: LotPlace;
    readonly at: string;
  }
>;

/** The lot is back where it was dispatched from. */
export type LotReleasedFromGuide = Event<
  'LotReleasedFromGuide',
  { readonly lotId: string; readonly guideNumber: string; readonly reason: GuideReleaseReason; readonly returnedTo: LotPlace; readonly at: string }
>;

export type LotScanned = Event<
  'LotScanned',
  { readonly lotId: string; readonly guideNumber: string; readonly checkpoint: string; readonly verdict: ScanVerdict; readonly at: string }
>;

export type LotDelivered = Event<
  'LotDelivered',
  {
    readonly lotId: string;
    readonly guideNumber: string;
    readonly facilityId: string;
    readonly species: string;
    readonly productType: ProductType;
    readonly volume: Quantity;
    readonly at: string;
  }
>;

export type LotImmobilised = Event<
  'LotImmobilised',
  {
    readonly lotId: string;
    readonly caseRef: string;
    readonly reason: string;
    readonly authority: string;
    readonly checkpoint?: string;
    readonly volume: Quantity;
    readonly at: string;
  }
>;

export type LotReleased = Event<'LotReleased', { readonly lotId: string; readonly caseRef: string; readonly authority: string; readonly at: string }>;

/** Final: the lot never moves or transforms again. */
export type LotConfiscated = Event<
  'LotConfiscated',
  { readonly lotId: string; readonly caseRef: string; readonly authority: string; readonly species: string; readonly volume: Quantity; readonly at: string }
>;

/** Confiscated timber taken into the authority's warehouse. */
export type ConfiscatedLotStored = Event<
  'ConfiscatedLotStored',
  { readonly lotId: string; readonly caseRef: string; readonly authority: string; readonly warehouse: string; readonly at: string }
>;

/** Confiscated timber auctioned or donated: it rests with the recipient, free, its confiscated origin kept for ever. */
export type ConfiscatedLotDisposed = Event<
  'ConfiscatedLotDisposed',
  {
    readonly lotId: string;
    readonly caseRef: string;
    readonly authority: string;
    readonly method: DisposalMethod;
    readonly recipient: DisposalRecipient;
    /** The auction record or the donation resolution. */
    readonly reference: string;
    readonly at: string;
  }
>;

export type LotConsumed = Event<
  'LotConsumed',
  {
    readonly lotId: string;
    readonly transformationId: string;
    readonly facilityId: string;
    readonly volume: Quantity;
    readonly remaining: Quantity;
    /** The product lots it went into; absent on consumptions recorded before they were kept. */
    readonly products?: readonly LotShare[];
    readonly at: string;
  }
>;

/** A merge asked for on the stream of the lot it will make: each parent gives, then the lot is made of what they gave. */
export type LotMergeRequested = Event<
  'LotMergeRequested',
  {
    readonly lotId: string;
    readonly parents: readonly LotShare[];
    readonly target: { readonly species: string; readonly productType: ProductType; readonly place: LotPlace };
    readonly at: string;
  }
>;

/** Every parent refused to give: no lot was made. */
export type LotMergeAbandoned = Event<'LotMergeAbandoned', { readonly lotId: string; readonly at: string }>;

/**
 * A step another use case or a process asked of this lot, refused by it (a transformation's consumption of a lot
 * elsewhere, a scan of a lot no longer on the guide, an extraction under a lot id already taken): the refusal kept.
 */
export type LotStepRefused = Event<'LotStepRefused', { readonly lotId: string; readonly step: string; readonly refusal: Refusal }>;

/** A lot's first fact when a checkpoint found it on a truck beyond its guide: its origin is unproven. */
export type LotSeized = Event<
  'LotSeized',
  {
    readonly lotId: string;
    readonly caseRef: string;
    readonly authority: string;
    readonly checkpoint: string;
    readonly guideNumber: string;
    readonly scanId: string;
    readonly species: string;
    readonly productType: ProductType;
    readonly pieces: number;
    readonly volume: Quantity;
    readonly basis: SeizureBasis;
    /** With basis `pieces_not_listed`: the pieces seized by their codes, with their dimensions where measured. */
    readonly seizedPieces?: readonly SeizedPiece[];
    readonly at: string;
  }
>;

export type LotCreation = LotExtracted | ProductLotCreated | ChildLotCreated | LotSeized;

export type LotEvent =
  | LotCreation
  | LotsMerged
  | LotMergedInto
  | LotSplit
  | LotDispatched
  | LotReleasedFromGuide
  | LotScanned
  | LotDelivered
  | LotImmobilised
  | LotReleased
  | LotConfiscated
  | ConfiscatedLotStored
  | ConfiscatedLotDisposed
  | LotConsumed
  | LotMergeRequested
  | LotMergeAbandoned
  | LotStepRefused;
