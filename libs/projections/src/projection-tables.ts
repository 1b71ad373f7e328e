import type { SqlExecutor } from '#sql';
import { LOG_START, type LogPosition } from '#shared-kernel';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const FIELD = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

/** Names of one projection's table and checkpoint row inside the read-model schema. */
export class ProjectionTables {
  readonly table: string;
  readonly checkpoints: string;

  constructor(
    readonly schema: string,
    readonly name: string,
    private readonly lookups: readonly (readonly string[])[] = [],
  ) {
    for (const identifier of [schema, name]) {
      if (!IDENTIFIER.test(identifier)) throw new Error(`${JSON.stringify(identifier)} must be a lower-case SQL identifier`);
    }
    for (const field of lookups.flat()) {
      if (!FIELD.test(field)) throw new Error(`Lookup field ${JSON.stringify(field)} of ${name} must be a plain top-level field name`);
    }
    this.table = `${schema}.${name}`;
    this.checkpoints = `${schema}.projection_checkpoints`;
  }

  async create(tx: SqlExecutor): Promise<void> {
    // Per schema: read models starting together would otherwise race on CREATE SCHEMA and the checkpoints table.
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`projection-schema:${this.schema}`]);
    await tx.exec(`
      CREATE SCHEMA IF NOT EXISTS ${this.schema};
      CREATE TABLE IF NOT EXISTS ${this.checkpoints} (
        name text PRIMARY KEY,
        commit_position xid8 NOT NULL DEFAULT '0',
        prepare_position bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE IF NOT EXISTS ${this.table} (
        id text PRIMARY KEY,
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS ${this.name}_data ON ${this.table} USING gin (data jsonb_path_ops);
      CREATE INDEX IF NOT EXISTS ${this.name}_updated ON ${this.table} (updated_at DESC, id);
      ${this.lookups.map((fields) => this.lookupIndex(fields)).join('\n')}`);
    await tx.query(`INSERT INTO ${this.checkpoints} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [this.name]);
  }

  private lookupIndex(fields: readonly string[]): string {
    const name = `${this.name}_by_${fields.join('_').toLowerCase()}`.slice(0, 63);
    return `CREATE INDEX IF NOT EXISTS ${name} ON ${this.table} (${fields.map((field) => `(data->>'${field}')`).join(', ')});`;
  }

  async checkpoint(db: SqlExecutor): Promise<LogPosition> {
    const [row] = await db.query<{ commit_position: string; prepare_position: string }>(
      `SELECT commit_position::text AS commit_position, prepare_position::text AS prepare_position FROM ${this.checkpoints} WHERE name = $1`,
      [this.name],
    );
    return row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) } : LOG_START;
  }

  /** Compare-and-set: false when someone else moved the checkpoint since `from`. */
  async advance(tx: SqlExecutor, from: LogPosition, to: LogPosition): Promise<boolean> {
    const updated = await tx.query(
      `UPDATE ${this.checkpoints} SET commit_position = $2::xid8, prepare_position = $3, updated_at = now()
       WHERE name = $1 AND commit_position = $4::xid8 AND prepare_position = $5 RETURNING name`,
      [this.name, to.commit.toString(), to.prepare.toString(), from.commit.toString(), from.prepare.toString()],
    );
    return updated.length === 1;
  }

  async reset(tx: SqlExecutor): Promise<void> {
    await tx.query(`DELETE FROM ${this.table}`);
    await tx.query(`UPDATE ${this.checkpoints} SET commit_position = '0', prepare_position = 0, updated_at = now() WHERE name = $1`, [this.name]);
  }
}
