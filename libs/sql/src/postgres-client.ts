import postgres from 'postgres';
import type { Lease, Row, SqlClient, SqlExecutor } from './sql-client.js';

export interface PostgresClientOptions {
  readonly url: string;
  /** The app passes DATABASE_POOL_SIZE; unset (tests, tools), postgres.js's own default. */
  readonly maxConnections?: number;
}

/** postgres.js behind the SqlClient port; statements are prepared once per connection. */
export function postgresClient({ url, maxConnections }: PostgresClientOptions): SqlClient {
  const sql = postgres(url, { max: maxConnections, onnotice: () => undefined, connection: { application_name: 'timber-trace', jit: 'off' } });
  const executor = (run: postgres.Sql | postgres.TransactionSql): SqlExecutor => ({
    query: <T extends Row>(text: string, params: readonly unknown[] = []) =>
      run.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }) as unknown as Promise<T[]>,
    exec: async (script: string) => void (await run.unsafe(script)),
  });

  const leases = sessionLeases(url);

  return {
    ...executor(sql),
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => sql.begin((tx) => work(executor(tx))) as Promise<T>,
    async listen(channel, onNotify) {
      const { unlisten } = await sql.listen(channel, () => onNotify());
      return unlisten;
    },
    tryLease: (key) => leases.tryLease(key),
    close: async () => void (await Promise.all([sql.end({ timeout: 5 }), leases.close()])),
  };
}

/**
 * Every lease of a client as a session advisory lock held by one connection of its own, outside the pool:
 * a connection per lease would take the pool from the queries (a dozen subscriptions, a dozen connections).
 * Session locks are re-entrant, so this process keeps its own keys too: one holder per key here as well.
 */
function sessionLeases(url: string) {
  // Never recycled: closing the session would drop every lock it holds.
  const session = postgres(url, { max: 1, max_lifetime: 0, idle_timeout: 0, onnotice: () => undefined, connection: { application_name: 'timber-trace-leases' } });
  const held = new Set<string>();
  return {
    async tryLease(key: string): Promise<Lease | undefined> {
      if (held.has(key)) return undefined;
      held.add(key);
      try {
        const [row] = await session`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as locked`;
        if (row?.locked) return { release: () => release(key) };
      } catch (error) {
        held.delete(key);
        throw error;
      }
      held.delete(key);
      return undefined;
    },
    close: () => session.end({ timeout: 5 }),
  };

  async function release(key: string): Promise<void> {
    try {
      await session`select pg_advisory_unlock(hashtextextended(${key}, 0))`;
    } finally {
      held.delete(key);
    }
  }
}
