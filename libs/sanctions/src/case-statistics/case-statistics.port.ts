import type { CaseFigures } from './case-statistics.projection.js';

/** Which cases are counted: each field given narrows them; months are the Peru months of the facts, both ends included. */
export interface CaseStatisticsFilter {
  readonly authority?: string;
  /** YYYY-MM. */
  readonly from?: string;
  /** YYYY-MM. */
  readonly to?: string;
}

/** The figures of every opened case, as sanctions counts them: eventually consistent, milliseconds behind. */
export interface CaseStatistics {
  figures(filter: CaseStatisticsFilter): Promise<CaseFigures[]>;
}

/** Injection token of the case statistics: `@Inject(CASE_STATISTICS) statistics: CaseStatistics`. */
export const CASE_STATISTICS = Symbol('CaseStatistics');
