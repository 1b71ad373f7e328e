import type { ReadModel } from '#projections';
import type { CertificateFilter, CertificateList } from './certificate-list.port.js';
import type { CertificateRow } from './certificate-list.projection.js';

const SETTLE_TIMEOUT_MS = 30_000;

export class CertificateListReadModel implements CertificateList {
  constructor(private readonly model: ReadModel<CertificateRow>) {}

  async find({ exporterTaxId, productLotId, status }: CertificateFilter, limit: number): Promise<CertificateRow[]> {
    const rows = await this.model.query<{ data: CertificateRow }>(
      (table) =>
        `SELECT data FROM ${table}
          WHERE ($1::text IS NULL OR data->>'exporterTaxId' = $1) AND ($2::text IS NULL OR data->>'productLotId' = $2) AND ($3::text IS NULL OR data->>'status' = $3)
          ORDER BY updated_at DESC, id LIMIT $4`,
      [exporterTaxId ?? null, productLotId ?? null, status ?? null, limit],
    );
    return rows.map((row) => row.data);
  }

  standing(certificateId: string): Promise<CertificateRow | undefined> {
    return this.model.rows.get(certificateId);
  }

  async standingFor(productLotIds: readonly string[]): Promise<CertificateRow[]> {
    if (productLotIds.length === 0) return [];
    const rows = await this.model.query<{ data: CertificateRow }>(
      (table) => `SELECT data FROM ${table} WHERE data->>'productLotId' = ANY($1::text[]) AND data->>'status' IN ('valid', 'suspended') ORDER BY id`,
      [productLotIds],
    );
    return rows.map((row) => row.data);
  }

  settled(): Promise<void> {
    return this.model.caughtUp(SETTLE_TIMEOUT_MS);
  }
}
