import type { Row } from '#sql';
import type { JsonObject } from './projection.js';

/** Runs a query against the table that answers now, its qualified name given to `text`. */
export type TableQuery = <Result extends Row>(text: (table: string) => string, params: readonly unknown[]) => Promise<Result[]>;

/** The query side of a document projection: one row by id, or rows containing a JSON fragment. */
export class ProjectionRows<Item extends JsonObject> {
  constructor(private readonly query: TableQuery) {}

  async get(id: string): Promise<Item | undefined> {
    const [row] = await this.query<{ data: Item }>((table) => `SELECT data FROM ${table} WHERE id = $1`, [id]);
    return row?.data;
  }

  async find(containing: Partial<Item>, limit = 100): Promise<Item[]> {
    const rows = await this.query<{ data: Item }>(
      (table) => `SELECT data FROM ${table} WHERE data @> $1::text::jsonb ORDER BY updated_at DESC, id LIMIT $2`,
      [JSON.stringify(containing), limit],
    );
    return rows.map((r) => r.data);
  }
}
