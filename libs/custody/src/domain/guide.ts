import type { Position, Quantity } from '#shared-kernel';
import type { ProductType } from './lot.js';
import type { ListedPiece } from './piece-list.js';

/** Forms timber travels in, and non-timber forest products: the same words as lots and the yield catalogue. */
export const GUIDE_PRODUCT_TYPES = ['roundwood', 'sawn_wood', 'sliced_veneer', 'rotary_veneer', 'non_timber'] as const satisfies readonly ProductType[];
export type GuideProductType = (typeof GUIDE_PRODUCT_TYPES)[number];

/** What the consignee's facility is licensed as. */
export const CONSIGNEE_KINDS = ['processor', 'depot', 'exporter'] as const;
export type ConsigneeKind = (typeof CONSIGNEE_KINDS)[number];

/** Where the timber comes from: a permit's harvest plan, or a processor shipping its products; `position` is the departure point. */
export type GuideOrigin =
  | { readonly kind: 'permit'; readonly permitId: string; readonly planId: string; readonly position: Position }
  | { readonly kind: 'processor'; readonly processorId: string; readonly position: Position };

export interface Consignee {
  readonly taxId: string;
  readonly kind: ConsigneeKind;
  readonly facilityId: string;
}

export interface GuideDestination {
  readonly facilityId: string;
  readonly position: Position;
}

export interface Driver {
  readonly id: string;
  readonly licence: string;
}

/** One product line: a lot under its scientific name (a genus alone where the genus may travel at genus level). */
export interface GuideLine {
  readonly lotId: string;
  readonly scientificName: string;
  readonly commonName: string;
  readonly productType: GuideProductType;
  /** In the lot's measure: a volume, or a weight (kg) for a non-timber product. */
  readonly volume: Quantity;
  readonly pieces: number;
  /** The lot's species when the guide was issued: what the line's volume counts against, where it names only the genus. Absent on guides issued before it was kept. */
  readonly lotSpecies?: string;
  /** Each piece by code and dimensions, where the issuer listed them: timber lines only. */
  readonly pieceList?: readonly ListedPiece[];
}

/** A checkpoint of the registered trajectory, with the window (minutes after departure) in which the load should pass it. */
export interface TrajectoryCheckpoint {
  readonly code: string;
  readonly position: Position;
  /** A mandatory checkpoint may not be skipped. */
  readonly mandatory: boolean;
  readonly earliestArrivalMinutes: number;
  readonly latestArrivalMinutes: number;
}

/**
 * The registered trajectory: checkpoints in travel order, and a corridor around the polyline
 * origin → checkpoints → destination. A position lies inside the corridor when it is within
 * `corridorWidthKm` of that polyline; without a width, the one configured for scans applies.
 */
export interface Trajectory {
  readonly checkpoints: readonly TrajectoryCheckpoint[];
  readonly corridorWidthKm?: number;
}

/** Lots of the guide moved onto another truck on the way, as the holder recorded it before a checkpoint saw them there. */
export interface Transshipment {
  readonly lots: readonly string[];
  readonly plate: string;
  readonly driver: Driver;
  /** Where the load changed trucks. */
  readonly position: Position;
  readonly at: string;
}

/** The guide as issued: the issuer's sworn statement plus this system's registered trajectory. */
export interface IssuedGuide {
  readonly number: string;
  readonly registrationNumber: string;
  /** The forest authority that registered the guide (an ATFFS office or a regional authority). */
  readonly authority: string;
  readonly issuerTaxId: string;
  readonly holderTaxId: string;
  readonly ownerTaxId: string;
  readonly origin: GuideOrigin;
  readonly consignee: Consignee;
  readonly destination: GuideDestination;
  readonly vehiclePlates: readonly string[];
  readonly driver: Driver;
  readonly lines: readonly GuideLine[];
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly trajectory: Trajectory;
  /** The numbers of the CITES permits the load relies on; absent when it names none. */
  readonly citesPermits?: readonly string[];
}
