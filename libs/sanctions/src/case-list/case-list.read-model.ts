import type { ReadModel } from '#projections';
import type { CaseList, CaseListFilter } from './case-list.port.js';
import type { CaseRow } from './case-list.projection.js';
import type { CaseStatus } from '../domain/case.js';
import type { PriorFinalSanction } from '../domain/fine/fine.input.js';

/** The case list over the `sanctions_cases` projection: a JSON containment (the table's JSON index), ordered as a work queue. */
export class CaseListReadModel implements CaseList {
  constructor(private readonly model: ReadModel<CaseRow>) {}

  async find({ party, ...fields }: CaseListFilter, limit: number): Promise<CaseRow[]> {
    const filter = { ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)), ...(party === undefined ? {} : { parties: [party] }) };
    // A deadline running comes first, the nearest first: the queue's order, before the limit cuts it.
    const rows = await this.model.query<{ data: CaseRow }>(
      (table) => `SELECT data FROM ${table} WHERE data @> $1::text::jsonb ORDER BY data->>'deadline' NULLS LAST, updated_at DESC, id LIMIT $2`,
      [JSON.stringify(filter), limit],
    );
    return rows.map((row) => row.data);
  }

  async lastFinalSanction(taxId: string, day: string): Promise<PriorFinalSanction | undefined> {
    const [row] = await this.model.query<{ data: CaseRow }>(
      (table) => `SELECT data FROM ${table} WHERE data->>'accusedTaxId' = $1 AND data->>'status' = 'final' AND data->>'outcome' = 'sanction' AND data->>'finalOn' < $2 ORDER BY data->>'finalOn' DESC, id LIMIT 1`,
      [taxId, day],
    );
    return row && { reference: row.data.caseId, finalOn: row.data.finalOn! };
  }

  async deadlinePassed(status: CaseStatus, day: string, limit: number, after?: Pick<CaseRow, 'caseId' | 'deadline'>): Promise<CaseRow[]> {
    // Paged on (deadline, case id): a case the check could not move does not hold back those after it.
    const rows = await this.model.query<{ data: CaseRow }>(
      (table) =>
        `SELECT data FROM ${table} WHERE data @> $1::text::jsonb AND data->>'deadline' < $2 AND (data->>'deadline', data->>'caseId') > ($3, $4) ORDER BY data->>'deadline', data->>'caseId' LIMIT $5`,
      [JSON.stringify({ status }), day, after?.deadline ?? '', after?.caseId ?? '', limit],
    );
    return rows.map((row) => row.data);
  }
}
