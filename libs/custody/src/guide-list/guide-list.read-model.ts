import type { ReadModel } from '#projections';
import type { GuideList, GuideListFilter } from './guide-list.port.js';
import type { GuideListRow } from './guide-list.projection.js';

/** The guide list over the `custody_guides` projection. */
export class GuideListReadModel implements GuideList {
  constructor(private readonly model: ReadModel<GuideListRow>) {}

  /** A JSON containment, served by the table's JSON index: a checkpoint or a party is one element of the row's list. */
  find({ status, holderTaxId, destinationFacilityId, checkpoint, party }: GuideListFilter, limit: number): Promise<GuideListRow[]> {
    const filter = {
      status,
      holderTaxId,
      destinationFacilityId,
      checkpoints: checkpoint === undefined ? undefined : [checkpoint],
      parties: party === undefined ? undefined : [party],
    };
    return this.model.rows.find(Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)), limit);
  }

  async openExpiredBy(at: Date, limit: number): Promise<GuideListRow[]> {
    const rows = await this.model.query<{ data: GuideListRow }>(
      (table) => `SELECT data FROM ${table} WHERE data @> $1::text::jsonb AND data->>'expiresAtUtc' <= $2 ORDER BY data->>'expiresAtUtc' LIMIT $3`,
      [JSON.stringify({ status: 'open' }), at.toISOString(), limit],
    );
    return rows.map((row) => row.data);
  }
}
