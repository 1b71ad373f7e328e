import type { SqlExecutor } from '#sql';
import type { LogPosition, RecordedEvent } from '#shared-kernel';
import type { JsonObject, Projection } from './projection.js';
import type { ProjectionTable } from './projection-table.js';

/** Folds a batch into the rows it touches and writes rows and checkpoint in the caller's transaction. */
export async function applyBatch<Row extends JsonObject>(
  tx: SqlExecutor,
  table: ProjectionTable,
  projection: Projection<Row>,
  events: readonly RecordedEvent[],
  from: LogPosition,
): Promise<LogPosition> {
  const to = events.at(-1)!.position;
  const keys = [...new Set(events.flatMap((event) => projection.keys(event)))];
  const loaded = await tx.query<{ id: string; data: Row }>(
    `SELECT id, data FROM ${table.table} WHERE id IN (SELECT jsonb_array_elements_text($1::text::jsonb)) FOR UPDATE`,
    [JSON.stringify(keys)],
  );
  const rows = new Map<string, Row | null>(loaded.map((r) => [r.id, r.data]));
  for (const event of events) {
    for (const key of projection.keys(event)) rows.set(key, projection.evolve(rows.get(key) ?? undefined, event, key));
  }

  const upserts = Object.fromEntries([...rows].filter(([, row]) => row !== null));
  const deletes = [...rows].filter(([, row]) => row === null).map(([key]) => key);
  if (Object.keys(upserts).length > 0) {
    await tx.query(
      `INSERT INTO ${table.table} (id, data) SELECT key, value FROM jsonb_each($1::text::jsonb)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = now()`,
      [JSON.stringify(upserts)],
    );
  }
  if (deletes.length > 0) {
    await tx.query(`DELETE FROM ${table.table} WHERE id IN (SELECT jsonb_array_elements_text($1::text::jsonb))`, [JSON.stringify(deletes)]);
  }
  if (!(await table.advance(tx, from, to, events.length))) throw new Error(`Projection table ${table.table} was advanced by another runner`);
  return to;
}
