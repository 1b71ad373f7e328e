import type { SqlExecutor } from '#sql';
import { createCheckpoints, lockSchema, ProjectionTable } from './projection-table.js';

/** Why a table is being built: the code's version differs from the rows', or an operator asked. */
export type BuildReason = 'version' | 'requested';

export interface CatalogTable {
  readonly table: string;
  readonly version: number;
}

export interface Build extends CatalogTable {
  readonly reason: BuildReason;
  readonly startedAt: string;
}

/** Which of a projection's tables answers queries, and which is being built to take over from it. */
export interface CatalogEntry {
  readonly active: CatalogTable;
  readonly building?: Build;
}

type EntryRow = {
  readonly [column: string]: unknown;
  readonly active_table: string;
  readonly active_version: number;
  readonly building_table: string | null;
  readonly building_version: number | null;
  readonly building_reason: BuildReason | null;
  readonly building_since_ms: number | null;
  readonly builds: number;
};

/** Tables named before versions existed (`<projection>`) hold what the code then folded: version 1. */
const UNVERSIONED = 1;

/**
 * One projection's entry in `<schema>.projections`: every change to it runs under the schema's lock, in the
 * transaction that creates, switches or drops the tables it names, so the entry and the tables never disagree.
 */
export class ProjectionCatalog {
  private readonly entries: string;

  constructor(
    private readonly schema: string,
    private readonly name: string,
    private readonly lookups: readonly (readonly string[])[] = [],
  ) {
    // Its tables' names add a version to the projection's, and their lookups are checked before any SQL is written.
    this.table(name);
    this.entries = `${schema}.projections`;
  }

  table(name: string): ProjectionTable {
    return new ProjectionTable(this.schema, name, this.lookups);
  }

  /**
   * The entry as the code of `version` starts: made on the first start (taking over an unversioned table), a build
   * of another version abandoned, and a build of this version begun when the active rows are of another.
   */
  async open(tx: SqlExecutor, version: number): Promise<CatalogEntry> {
    await lockSchema(tx, this.schema);
    await createCheckpoints(tx, this.schema);
    await tx.exec(`CREATE TABLE IF NOT EXISTS ${this.entries} (
      name text PRIMARY KEY,
      active_table text NOT NULL,
      active_version integer NOT NULL,
      building_table text,
      building_version integer,
      building_reason text,
      building_since timestamptz,
      builds integer NOT NULL DEFAULT 0,
      switched_at timestamptz
    )`);
    let row = (await this.row(tx)) ?? (await this.adoptUnversioned(tx)) ?? (await this.first(tx, version));
    if (row.building_table !== null && row.building_version !== version) {
      await this.table(row.building_table).drop(tx);
      row = await this.update(tx, 'building_table = NULL, building_version = NULL, building_reason = NULL, building_since = NULL');
    }
    if (row.active_version === version) await this.table(row.active_table).create(tx);
    else if (row.building_table === null) row = await this.begin(tx, row, version, 'version');
    return entry(row);
  }

  async load(db: SqlExecutor): Promise<CatalogEntry | undefined> {
    const row = await this.row(db);
    return row && entry(row);
  }

  /** A fresh table of `version` to replace the active one, unless one is being built already: that one is answered. */
  async build(tx: SqlExecutor, version: number, reason: BuildReason): Promise<CatalogEntry> {
    await lockSchema(tx, this.schema);
    const row = await this.row(tx);
    if (!row) throw new Error(`Projection ${this.name} has no entry: start it first`);
    return entry(row.building_table === null ? await this.begin(tx, row, version, reason) : row);
  }

  /** The built table answers from now on and the one it replaces is dropped; false when the entry moved on meanwhile. */
  async switch(tx: SqlExecutor, from: string, to: string): Promise<boolean> {
    await lockSchema(tx, this.schema);
    const switched = await tx.query(
      `UPDATE ${this.entries} SET active_table = building_table, active_version = building_version, building_table = NULL,
         building_version = NULL, building_reason = NULL, building_since = NULL, switched_at = now()
       WHERE name = $1 AND active_table = $2 AND building_table = $3 RETURNING name`,
      [this.name, from, to],
    );
    if (switched.length === 0) return false;
    await this.table(from).drop(tx);
    return true;
  }

  private async row(db: SqlExecutor): Promise<EntryRow | undefined> {
    const [row] = await db.query<EntryRow>(
      `SELECT active_table, active_version, building_table, building_version, building_reason, (extract(epoch FROM building_since) * 1000)::float8 AS building_since_ms, builds
       FROM ${this.entries} WHERE name = $1`,
      [this.name],
    );
    return row;
  }

  private async update(tx: SqlExecutor, assignments: string, params: readonly unknown[] = []): Promise<EntryRow> {
    await tx.query(`UPDATE ${this.entries} SET ${assignments} WHERE name = $1`, [this.name, ...params]);
    return (await this.row(tx))!;
  }

  private async first(tx: SqlExecutor, version: number): Promise<EntryRow> {
    const table = this.table(`${this.name}_v${version}`);
    await table.recreate(tx);
    await tx.query(`INSERT INTO ${this.entries} (name, active_table, active_version) VALUES ($1, $2, $3)`, [this.name, table.name, version]);
    return (await this.row(tx))!;
  }

  /** The table of a start before versions, renamed with its indexes and checkpoint: its rows keep answering. */
  private async adoptUnversioned(tx: SqlExecutor): Promise<EntryRow | undefined> {
    const [found] = await tx.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [`${this.schema}.${this.name}`]);
    if (!found?.found) return undefined;
    const renamed = `${this.name}_v${UNVERSIONED}`;
    const [from, to] = [ProjectionTable.indexNames(this.name, this.lookups), ProjectionTable.indexNames(renamed, this.lookups)];
    await tx.exec(
      [`ALTER TABLE ${this.schema}.${this.name} RENAME TO ${renamed};`, ...from.map((index, i) => `ALTER INDEX IF EXISTS ${this.schema}.${index} RENAME TO ${to[i]};`)].join('\n'),
    );
    await tx.query(`UPDATE ${this.schema}.projection_checkpoints SET name = $2 WHERE name = $1`, [this.name, renamed]);
    await tx.query(`INSERT INTO ${this.entries} (name, active_table, active_version) VALUES ($1, $2, $3)`, [this.name, renamed, UNVERSIONED]);
    return (await this.row(tx))!;
  }

  private async begin(tx: SqlExecutor, row: EntryRow, version: number, reason: BuildReason): Promise<EntryRow> {
    const plain = `${this.name}_v${version}`;
    // A rebuild of the active version needs a name of its own beside the rows that keep answering.
    const table = this.table(row.active_table === plain ? `${plain}_${row.builds + 1}` : plain);
    await table.recreate(tx);
    return this.update(tx, 'building_table = $2, building_version = $3, building_reason = $4, building_since = now(), builds = builds + 1', [table.name, version, reason]);
  }
}

function entry(row: EntryRow): CatalogEntry {
  const active = { table: row.active_table, version: row.active_version };
  if (row.building_table === null) return { active };
  return { active, building: { table: row.building_table, version: row.building_version!, reason: row.building_reason!, startedAt: new Date(row.building_since_ms!).toISOString() } };
}
