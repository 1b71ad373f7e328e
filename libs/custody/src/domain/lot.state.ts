import type { ConfiscatedOrigin, LotClosure, LotPlace, LotShare, ProductType } from './lot.js';

/** Where the lot is: resting at a place (having arrived under a guide or not), or on the road under a guide. */
export type LotWhereabouts =
  | { readonly kind: 'resting'; readonly place: LotPlace; readonly deliveredUnder?: string; readonly releasedFrom?: string }
  | { readonly kind: 'on_guide'; readonly guideNumber: string; readonly from: LotPlace };

export type LotHold =
  | { readonly kind: 'none' }
  | { readonly kind: 'immobilised'; readonly caseRef: string; readonly authority: string }
  | { readonly kind: 'confiscated'; readonly caseRef: string; readonly authority: string };

export interface Lot {
  readonly lotId: string;
  readonly species: string;
  readonly productType: ProductType;
  /** In the base unit of the lot's measure (m³, or kg for a non-timber product), never negative; zero only once the lot is closed. */
  readonly remaining: number;
  readonly whereabouts: LotWhereabouts;
  readonly hold: LotHold;
  readonly closedBy?: LotClosure;
  /** Lineage one level up: the lots this one was made from. */
  readonly parents: readonly LotShare[];
  /** Lineage one level down: split children, merge targets and the products of transformations. */
  readonly children: readonly LotShare[];
  /** Transformations that consumed part of this lot, so a replayed consumption records nothing. */
  readonly consumedBy: readonly string[];
  /** Set once the authority auctioned or donated the lot after confiscating it; never lifted. */
  readonly confiscatedOrigin?: ConfiscatedOrigin;
}

/** Undefined until the lot's first fact. */
export type LotState = Lot | undefined;

export const INITIAL_LOT_STATE: LotState = undefined;
