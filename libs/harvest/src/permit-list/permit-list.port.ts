import type { PermitStatus } from '../domain/permit.js';
import type { PermitView } from '../permit-view/permit-view.js';

/** Which permits a list asks for: each field given narrows it. */
export interface PermitListFilter {
  readonly holderTaxId?: string;
  readonly authority?: string;
  readonly status?: PermitStatus;
}

/** The list of every permit, as harvest reads it across permits: eventually consistent, milliseconds behind. */
export interface PermitList {
  /** Permits matching every field of the filter, most recently changed first. */
  find(filter: PermitListFilter, limit: number): Promise<PermitView[]>;
}

/** Injection token of the permit list: `@Inject(PERMIT_LIST) permits: PermitList`. */
export const PERMIT_LIST = Symbol('PermitList');
