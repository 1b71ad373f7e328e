import type { SqlClient } from '#sql';
import { MIGRATIONS } from './migrations.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkedSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`Schema name ${JSON.stringify(schema)} must be a lower-case SQL identifier`);
  return schema;
}

/** Applies pending migrations once, even when several processes start together on one server. */
export async function migrate(client: SqlClient, schema: string): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`migrate:${schema}`]);
    await tx.exec(`
      CREATE SCHEMA IF NOT EXISTS ${schema};
      CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
        version int PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
    const applied = new Set((await tx.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`)).map((r) => r.version));
    for (const migration of MIGRATIONS.filter((m) => !applied.has(m.version))) {
      await tx.exec(migration.sql(schema));
      await tx.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
  });
}
