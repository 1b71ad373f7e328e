import type { SqlExecutor } from '#sql';
import type { JsonObject } from './projection.js';
import type { ProjectionTables } from './projection-tables.js';

/** The query side of a document projection: one row by id, or rows containing a JSON fragment. */
export class ProjectionRows<Row extends JsonObject> {
  constructor(
    private readonly db: SqlExecutor,
    private readonly tables: ProjectionTables,
  ) {}

  async get(id: string): Promise<Row | undefined> {
    const [row] = await this.db.query<{ data: Row }>(`SELECT data FROM ${this.tables.table} WHERE id = $1`, [id]);
    return row?.data;
  }

  async find(containing: Partial<Row>, limit = 100): Promise<Row[]> {
    const rows = await this.db.query<{ data: Row }>(
      `SELECT data FROM ${this.tables.table} WHERE data @> $1::text::jsonb ORDER BY updated_at DESC, id LIMIT $2`,
      [JSON.stringify(containing), limit],
    );
    return rows.map((r) => r.data);
  }
}
