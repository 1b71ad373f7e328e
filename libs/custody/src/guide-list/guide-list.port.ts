import type { GuideListRow, GuideListStatus } from './guide-list.projection.js';

/** Which guides a list asks for: each field given narrows it. */
export interface GuideListFilter {
  readonly status?: GuideListStatus;
  readonly holderTaxId?: string;
  readonly destinationFacilityId?: string;
  /** A checkpoint of the trajectory. */
  readonly checkpoint?: string;
  /** Only the guides naming this party (`role:organisation`); regulators give none and see every guide. */
  readonly party?: string;
}

/** Every guide issued with its status, as custody reads it across guides: eventually consistent, milliseconds behind. */
export interface GuideList {
  /** Guides matching every field of the filter, most recently changed first. */
  find(filter: GuideListFilter, limit: number): Promise<GuideListRow[]>;
  /** Open guides whose expiry is at or before `at`, the longest expired first. */
  openExpiredBy(at: Date, limit: number): Promise<GuideListRow[]>;
}

/** Injection token of the guide list: `@Inject(GUIDE_LIST) guides: GuideList`. */
export const GUIDE_LIST = Symbol('GuideList');
