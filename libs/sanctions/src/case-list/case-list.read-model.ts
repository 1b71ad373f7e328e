import type { ReadModel } from '#projections';
import type { CaseList, CaseListFilter } from './case-list.port.js';
import type { CaseRow } from './case-list.projection.js';

/** The case list over the `sanctions_cases` projection: a JSON containment, ordered as a work queue. */
export class CaseListReadModel implements CaseList {
  constructor(private readonly model: ReadModel<CaseRow>) {}

  async find({ authority, status, party }: CaseListFilter, limit: number): Promise<CaseRow[]> {
    const filter = { ...(authority === undefined ? {} : { authority }), ...(status === undefined ? {} : { status }), ...(party === undefined ? {} : { parties: [party] }) };
    const rows = await this.model.rows.find(filter, limit);
    // A deadline running comes first, the nearest first: the queue's order.
    return rows.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || b.updatedAt.localeCompare(a.updatedAt));
  }
}
