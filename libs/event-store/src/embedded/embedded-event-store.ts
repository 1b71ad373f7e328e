import { pgliteClient } from '#sql';
import { SqlEventStore, type SqlEventStoreOptions } from '../postgres/sql-event-store.js';

export interface EmbeddedEventStoreOptions extends SqlEventStoreOptions {
  /** Folder the data is kept in; in memory when absent. */
  readonly dataDir?: string;
}

/**
 * Every writer of an embedded folder is in this process (the folder is locked) and wakes its subscribers at
 * commit, so the timer only backs up what cannot be missed: PGlite runs one statement at a time.
 */
export const EMBEDDED_POLL_INTERVAL_MS = 5_000;

/** The same SQL as the server adapter, run in-process by PGlite: nothing to install. */
export async function embeddedEventStore({ dataDir, ...options }: EmbeddedEventStoreOptions = {}): Promise<SqlEventStore> {
  return SqlEventStore.open(await pgliteClient(dataDir), { pollIntervalMs: EMBEDDED_POLL_INTERVAL_MS, ...options });
}
