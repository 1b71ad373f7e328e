import type { ReadModel } from '#projections';
import type { ScanLog } from './scan-log.port.js';
import type { ScanLogRow } from './scan-log.projection.js';

/** The scan log over the `custody_scan_log` projection; each query is served by one of its lookup indexes. */
export class ScanLogReadModel implements ScanLog {
  constructor(private readonly model: ReadModel<ScanLogRow>) {}

  async recentAt(checkpoint: string, limit: number): Promise<ScanLogRow[]> {
    const rows = await this.model.query<{ data: ScanLogRow }>(
      (table) => `SELECT data FROM ${table} WHERE data->>'checkpoint' = $1 ORDER BY data->>'observedAtUtc' DESC, id LIMIT $2`,
      [checkpoint, limit],
    );
    return rows.map((row) => row.data);
  }

  async seen({ plateKey, guideNumber }: { plateKey: string; guideNumber: string }, { from, to }: { from: string; to: string }, limit: number): Promise<ScanLogRow[]> {
    const rows = await this.model.query<{ data: ScanLogRow }>(
      (table) => `SELECT data FROM ${table}
       WHERE (data->>'plateKey' = $1 OR data->>'guideNumber' = $2) AND data->>'observedAtUtc' BETWEEN $3 AND $4
       ORDER BY data->>'observedAtUtc' LIMIT $5`,
      [plateKey, guideNumber, from, to, limit],
    );
    return rows.map((row) => row.data);
  }
}
