import { pgliteClient, postgresClient, type SqlClient } from '#sql';
import type { EventStore } from './event-store.js';
import { openEventStore, storeKind, type EventStoreConfig } from './open-event-store.js';
import { EMBEDDED_POLL_INTERVAL_MS } from './embedded/embedded-event-store.js';
import { SqlEventStore } from './postgres/sql-event-store.js';

/** The app's storage, every value given: the defaults are the app's configuration's, not this library's. */
export interface StorageConfig extends EventStoreConfig {
  readonly databasePoolSize: number;
  readonly dataDir: string;
  readonly schema: string;
  /** Postgres schema of the read-model tables. */
  readonly readModelSchema: string;
}

/** Where read models keep their tables: the store's own database when it is SQL. */
export interface ReadModelDatabase {
  readonly sql: SqlClient;
  readonly schema: string;
}

export interface Storage {
  readonly store: EventStore;
  readonly readModels: ReadModelDatabase;
  close(): Promise<void>;
}

/**
 * The event store and the database of its read models, as one unit: on Postgres and embedded they share
 * one client (PGlite allows one per folder); beside EventStoreDB, read models use DATABASE_URL or,
 * without it, an in-memory database that every start rebuilds from the store.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const schema = config.readModelSchema;
  const kind = storeKind(config);
  const sql = kind === 'embedded' ? await pgliteClient(config.dataDir) : config.databaseUrl ? postgresClient({ url: config.databaseUrl, maxConnections: config.databasePoolSize }) : await pgliteClient();
  const pollIntervalMs = kind === 'embedded' ? EMBEDDED_POLL_INTERVAL_MS : undefined;
  const store = kind === 'eventstoredb' ? await openEventStore(config) : await SqlEventStore.open(sql, { schema: config.schema, ownsClient: false, pollIntervalMs });
  return {
    store,
    readModels: { sql, schema },
    async close() {
      await store.close();
      await sql.close();
    },
  };
}
