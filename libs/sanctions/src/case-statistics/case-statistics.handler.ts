import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotActingFor } from '#auth';
import { authorityStatistics } from './case-statistics.aggregate.js';
import { assertPeriod } from './case-statistics.params.js';
import { CASE_STATISTICS, type CaseStatistics } from './case-statistics.port.js';
import { CaseStatisticsQuery } from './case-statistics.query.js';
import type { CaseStatisticsResponse } from './case-statistics.response.js';

/** Async: the figures cross every case, so they are counted from a projection (eventually consistent, milliseconds behind). */
@QueryHandler(CaseStatisticsQuery)
export class CaseStatisticsHandler implements IQueryHandler<CaseStatisticsQuery> {
  constructor(@Inject(CASE_STATISTICS) private readonly statistics: CaseStatistics) {}

  async execute({ params, actor }: CaseStatisticsQuery): Promise<CaseStatisticsResponse> {
    assertPeriod(params);
    // As the case queue: a regulator's own authority only, SERFOR's included; every authority's figures are open data.
    const authority = params.authority ?? actor.organisation;
    if (authority === undefined || authority !== actor.organisation) throw new NotActingFor(`A regulator of ${actor.organisation} counts ${actor.organisation}'s cases only, not ${authority}'s`, { authority, actor: { role: actor.role, organisation: actor.organisation } });
    const { from, to } = params;
    return { period: { from: from ?? null, to: to ?? null }, statistics: authorityStatistics(authority, await this.statistics.figures({ authority, from, to })) };
  }
}
