import type { SqlExecutor } from '#sql';
import { LOG_START, type LogPosition } from '#shared-kernel';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const FIELD = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

/** Where a table's rows stand: the last event folded into them, and how many events were folded since it was created. */
export interface TableCheckpoint {
  readonly position: LogPosition;
  readonly events: number;
}

export function assertIdentifier(identifier: string): void {
  if (!IDENTIFIER.test(identifier)) throw new Error(`${JSON.stringify(identifier)} must be a lower-case SQL identifier`);
}

/** Serialises changes to a schema's read-model tables: read models starting together would otherwise race on CREATE SCHEMA and the shared tables. */
export async function lockSchema(tx: SqlExecutor, schema: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`projection-schema:${schema}`]);
}

/** The tables every read model of a schema shares: one checkpoint per rows table. */
export async function createCheckpoints(tx: SqlExecutor, schema: string): Promise<void> {
  await tx.exec(`
    CREATE SCHEMA IF NOT EXISTS ${schema};
    CREATE TABLE IF NOT EXISTS ${schema}.projection_checkpoints (
      name text PRIMARY KEY,
      commit_position xid8 NOT NULL DEFAULT '0',
      prepare_position bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    ALTER TABLE ${schema}.projection_checkpoints ADD COLUMN IF NOT EXISTS events bigint NOT NULL DEFAULT 0;`);
}

/** One table of a projection's rows inside the read-model schema (`<projection>_v<version>`), and its checkpoint row. */
export class ProjectionTable {
  readonly table: string;
  private readonly checkpoints: string;

  constructor(
    readonly schema: string,
    readonly name: string,
    private readonly lookups: readonly (readonly string[])[] = [],
  ) {
    for (const identifier of [schema, name]) assertIdentifier(identifier);
    for (const field of lookups.flat()) {
      if (!FIELD.test(field)) throw new Error(`Lookup field ${JSON.stringify(field)} of ${name} must be a plain top-level field name`);
    }
    this.table = `${schema}.${name}`;
    this.checkpoints = `${schema}.projection_checkpoints`;
  }

  /** Index names as `create` gives them, so a table renamed to this one keeps its indexes instead of getting twins. */
  static indexNames(name: string, lookups: readonly (readonly string[])[]): readonly string[] {
    return [`${name}_pkey`, `${name}_data`, `${name}_updated`, ...lookups.map((fields) => lookupIndexName(name, fields))];
  }

  async create(tx: SqlExecutor): Promise<void> {
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS ${this.table} (
        id text PRIMARY KEY,
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS ${this.name}_data ON ${this.table} USING gin (data jsonb_path_ops);
      CREATE INDEX IF NOT EXISTS ${this.name}_updated ON ${this.table} (updated_at DESC, id);
      ${this.lookups.map((fields) => `CREATE INDEX IF NOT EXISTS ${lookupIndexName(this.name, fields)} ON ${this.table} (${fields.map((field) => `(data->>'${field}')`).join(', ')});`).join('\n')}`);
    await tx.query(`INSERT INTO ${this.checkpoints} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [this.name]);
  }

  /** A build starts from nothing: rows and checkpoint of an earlier table of that name go. */
  async recreate(tx: SqlExecutor): Promise<void> {
    await this.drop(tx);
    await this.create(tx);
  }

  async drop(tx: SqlExecutor): Promise<void> {
    await tx.exec(`DROP TABLE IF EXISTS ${this.table}`);
    await tx.query(`DELETE FROM ${this.checkpoints} WHERE name = $1`, [this.name]);
  }

  async checkpoint(db: SqlExecutor): Promise<TableCheckpoint> {
    const [row] = await db.query<{ commit_position: string; prepare_position: string; events: string }>(
      `SELECT commit_position::text AS commit_position, prepare_position::text AS prepare_position, events::text AS events FROM ${this.checkpoints} WHERE name = $1`,
      [this.name],
    );
    return row ? { position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }, events: Number(row.events) } : { position: LOG_START, events: 0 };
  }

  /** Compare-and-set: false when someone else moved the checkpoint since `from`. */
  async advance(tx: SqlExecutor, from: LogPosition, to: LogPosition, events: number): Promise<boolean> {
    const updated = await tx.query(
      `UPDATE ${this.checkpoints} SET commit_position = $2::xid8, prepare_position = $3, events = events + $6, updated_at = now()
       WHERE name = $1 AND commit_position = $4::xid8 AND prepare_position = $5 RETURNING name`,
      [this.name, to.commit.toString(), to.prepare.toString(), from.commit.toString(), from.prepare.toString(), events],
    );
    return updated.length === 1;
  }
}

function lookupIndexName(table: string, fields: readonly string[]): string {
  return `${table}_by_${fields.join('_').toLowerCase()}`.slice(0, 63);
}
