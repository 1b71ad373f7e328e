import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { authorityStatistics } from '../case-statistics/case-statistics.aggregate.js';
import { assertPeriod } from '../case-statistics/case-statistics.params.js';
import { CASE_STATISTICS, type CaseStatistics } from '../case-statistics/case-statistics.port.js';
import { OpenCaseStatisticsQuery } from './open-case-statistics.query.js';
import type { OpenCaseStatisticsResponse } from './open-case-statistics.response.js';

/** The regulators' figures for every authority: counts and volumes only, so nothing in them names a person. */
@QueryHandler(OpenCaseStatisticsQuery)
export class OpenCaseStatisticsHandler implements IQueryHandler<OpenCaseStatisticsQuery> {
  constructor(@Inject(CASE_STATISTICS) private readonly statistics: CaseStatistics) {}

  async execute({ params }: OpenCaseStatisticsQuery): Promise<OpenCaseStatisticsResponse> {
    assertPeriod(params);
    const { authority, from, to } = params;
    const figures = await this.statistics.figures({ authority, from, to });
    // The authority asked for is answered even with no case: its figures are zeros, not missing.
    const names = [...new Set([...(authority === undefined ? [] : [authority]), ...figures.map((found) => found.authority!)])].sort();
    const authorities = names.map((name) => authorityStatistics(name, figures.filter((found) => found.authority === name)));
    return { period: { from: from ?? null, to: to ?? null }, authorities };
  }
}
