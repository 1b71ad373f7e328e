import postgres from 'postgres';
import type { Lease, Row, SqlClient, SqlExecutor } from './sql-client.js';

export interface PostgresClientOptions {
  readonly url: string;
  readonly maxConnections?: number;
}

/** postgres.js behind the SqlClient port; statements are prepared once per connection. */
export function postgresClient({ url, maxConnections = 20 }: PostgresClientOptions): SqlClient {
  const sql = postgres(url, { max: maxConnections, onnotice: () => undefined, connection: { application_name: 'timber-trace' } });
  const executor = (run: postgres.Sql | postgres.TransactionSql): SqlExecutor => ({
    query: <T extends Row>(text: string, params: readonly unknown[] = []) =>
      run.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }) as unknown as Promise<T[]>,
    exec: async (script: string) => void (await run.unsafe(script)),
  });

  return {
    ...executor(sql),
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => sql.begin((tx) => work(executor(tx))) as Promise<T>,
    async listen(channel, onNotify) {
      const { unlisten } = await sql.listen(channel, () => onNotify());
      return unlisten;
    },
    async tryLease(key) {
      const session = await sql.reserve();
      try {
        const [row] = await session`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as locked`;
        if (row?.locked) return reservedLease(session, key);
      } catch (error) {
        session.release();
        throw error;
      }
      session.release();
      return undefined;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

function reservedLease(session: postgres.ReservedSql, key: string): Lease {
  return {
    async release() {
      try {
        await session`select pg_advisory_unlock(hashtextextended(${key}, 0))`;
      } finally {
        session.release();
      }
    },
  };
}
