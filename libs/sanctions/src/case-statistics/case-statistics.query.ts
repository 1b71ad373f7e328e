import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CaseStatisticsParams } from './case-statistics.params.js';
import type { CaseStatisticsResponse } from './case-statistics.response.js';

/** A regulator's authority's cases, counted. */
export class CaseStatisticsQuery extends Query<CaseStatisticsResponse> {
  constructor(
    readonly params: CaseStatisticsParams,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
