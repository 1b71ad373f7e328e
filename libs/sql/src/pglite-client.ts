import { PGlite } from '@electric-sql/pglite';
import { lockDataFolder } from './data-folder-lock.js';
import { createClusterApart, pristineClusterImage } from './pglite-cluster.js';
import type { Lease, Row, SqlClient, SqlExecutor } from './sql-client.js';

/**
 * PGlite in-process: one backend, so transactions run one at a time and leases are held in
 * memory (advisory locks are re-entrant within its single session and would not exclude anyone).
 * A folder is held by one process at a time; another opening it is refused with `DataFolderHeld`.
 */
export async function pgliteClient(dataDir?: string): Promise<SqlClient> {
  // PGlite takes no lock of its own: a second process on the folder would write over the first one's data.
  const lock = dataDir === undefined ? undefined : await lockDataFolder(dataDir);
  const db = await openPGlite(dataDir).catch(async (error: unknown) => {
    await lock?.release();
    throw error;
  });
  const leases = new Set<string>();
  const executor = (run: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    query: async <T extends Row>(text: string, params: readonly unknown[] = []) => (await run.query<T>(text, params as unknown[])).rows,
    exec: async (script: string) => void (await run.exec(script)),
  });

  return {
    ...executor(db),
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => db.transaction((tx) => work(executor(tx))),
    listen: (channel, onNotify) => db.listen(channel, () => onNotify()),
    async tryLease(key): Promise<Lease | undefined> {
      if (leases.has(key)) return undefined;
      leases.add(key);
      return { release: async () => void leases.delete(key) };
    },
    async close() {
      try {
        await db.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

/** In memory from the pristine cluster's image, or on the folder, which gets a copy of the pristine cluster when new. */
async function openPGlite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create({ loadDataDir: await pristineClusterImage() });
  await createClusterApart(dataDir);
  return PGlite.create(dataDir);
}
