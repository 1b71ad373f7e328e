import { pgliteClient } from '#sql';
import { SqlEventStore, type SqlEventStoreOptions } from '../postgres/sql-event-store.js';

export interface EmbeddedEventStoreOptions extends SqlEventStoreOptions {
  /** Folder the data is kept in; in memory when absent. */
  readonly dataDir?: string;
}

/** The same SQL as the server adapter, run in-process by PGlite: nothing to install. */
export async function embeddedEventStore({ dataDir, ...options }: EmbeddedEventStoreOptions = {}): Promise<SqlEventStore> {
  return SqlEventStore.open(await pgliteClient(dataDir), options);
}
