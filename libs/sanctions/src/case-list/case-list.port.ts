import type { CaseClass, CaseStatus } from '../domain/case.js';
import type { PriorFinalSanction } from '../domain/fine/fine.input.js';
import type { CaseRow } from './case-list.projection.js';

/** Which cases a list asks for: each field given narrows it. */
export interface CaseListFilter {
  readonly authority?: string;
  readonly status?: CaseStatus;
  readonly class?: CaseClass;
  /** A tax id the case is against, or the facility it is about. */
  readonly party?: string;
}

/** Every case, as sanctions reads them across cases: eventually consistent, milliseconds behind. */
export interface CaseList {
  /** Cases matching every field, the nearest deadline first, then the most recently changed. */
  find(filter: CaseListFilter, limit: number): Promise<CaseRow[]>;
  /** The party's sanction that became final last before `day` (a Peru date), if any: what recidivism looks back to. */
  lastFinalSanction(taxId: string, day: string): Promise<PriorFinalSanction | undefined>;
  /** Cases at `status` whose deadline's last day is before `day` (a Peru date), the earliest first, from after `after`. */
  deadlinePassed(status: CaseStatus, day: string, limit: number, after?: Pick<CaseRow, 'caseId' | 'deadline'>): Promise<CaseRow[]>;
}

/** Injection token of the case list: `@Inject(CASE_LIST) cases: CaseList`. */
export const CASE_LIST = Symbol('CaseList');
