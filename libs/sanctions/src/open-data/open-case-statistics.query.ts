import { Query } from '@nestjs/cqrs';
import type { CaseStatisticsParams } from '../case-statistics/case-statistics.params.js';
import type { OpenCaseStatisticsResponse } from './open-case-statistics.response.js';

/** Every authority's cases counted, for anyone. */
export class OpenCaseStatisticsQuery extends Query<OpenCaseStatisticsResponse> {
  constructor(readonly params: CaseStatisticsParams) {
    super();
  }
}
