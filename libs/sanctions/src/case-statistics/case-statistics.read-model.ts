import type { ReadModel } from '#projections';
import type { CaseStatistics, CaseStatisticsFilter } from './case-statistics.port.js';
import type { CaseFigures } from './case-statistics.projection.js';

/** The case statistics over the `sanctions_case_statistics` projection: opened cases only, by authority and month of the facts. */
export class CaseStatisticsReadModel implements CaseStatistics {
  constructor(private readonly model: ReadModel<CaseFigures>) {}

  async figures({ authority, from, to }: CaseStatisticsFilter): Promise<CaseFigures[]> {
    const rows = await this.model.query<{ data: CaseFigures }>(
      (table) =>
        `SELECT data FROM ${table} WHERE data->>'authority' IS NOT NULL AND ($1::text IS NULL OR data->>'authority' = $1::text)
           AND ($2::text IS NULL OR data->>'month' >= $2::text) AND ($3::text IS NULL OR data->>'month' <= $3::text) ORDER BY id`,
      [authority ?? null, from ?? null, to ?? null],
    );
    return rows.map((row) => row.data);
  }
}
