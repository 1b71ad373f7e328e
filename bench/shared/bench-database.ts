import postgres from 'postgres';

/**
 * Housekeeping on the bench's Postgres server through one admin connection: dropping the bench's
 * own schemas, and a CHECKPOINT before a timed phase so no phase pays for the previous one's dirty pages.
 */
export class BenchDatabase {
  private constructor(private readonly sql: postgres.Sql) {}

  static open(url: string): BenchDatabase {
    return new BenchDatabase(postgres(url, { max: 1, onnotice: () => undefined, connection: { application_name: 'bench-admin' } }));
  }

  /** Drops the named schemas (bench schemas only: each must start with `bench_`). */
  async dropSchemas(...schemas: readonly string[]): Promise<void> {
    for (const schema of schemas) {
      if (!/^bench_[a-z0-9_]+$/.test(schema)) throw new Error(`Refusing to drop ${JSON.stringify(schema)}: not a bench schema`);
      await this.sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  }

  /** Flushes dirty buffers; skipped (false) when the role may not checkpoint. */
  async checkpoint(): Promise<boolean> {
    try {
      await this.sql`CHECKPOINT`;
      return true;
    } catch {
      return false;
    }
  }

  async serverVersion(): Promise<string> {
    const [row] = await this.sql<{ server_version: string }[]>`SHOW server_version`;
    return row?.server_version ?? 'unknown';
  }

  /** Runs a statement for inspection (e.g. EXPLAIN) and returns its rows. */
  query<T extends Record<string, unknown>>(text: string, params: readonly (string | number | null)[] = []): Promise<T[]> {
    return this.sql.unsafe(text, params as string[]) as unknown as Promise<T[]>;
  }

  close(): Promise<void> {
    return this.sql.end({ timeout: 5 });
  }
}
