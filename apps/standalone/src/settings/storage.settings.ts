import { folder, integer, schemaName, url } from './setting-kinds.js';
import { setting } from './setting.js';

/** Where the facts and the read models are kept. */
export const STORAGE_SETTINGS = {
  dataDir: setting({ name: 'DATA_DIR', fallback: '.data/standalone', meaning: 'the folder of the embedded store (`db/`) and of the local token keys (`keys/`)', ...folder }),
  databaseUrl: setting({
    name: 'DATABASE_URL',
    meaning: 'a Postgres server for the store and the read models, instead of the embedded one',
    ...url(['postgres:', 'postgresql:'], 'a postgres:// URL'),
  }),
  /**
   * A few connections serve best where Postgres has few cores: postgres.js sends the statements queued on a
   * busy connection in one write, and more backends than cores only take turns (bench:scans, 2 cores: 6
   * connections answered 545–624 scans/s, 20 answered 486–543).
   */
  databasePoolSize: setting({ name: 'DATABASE_POOL_SIZE', fallback: '6', meaning: 'connections the app keeps to the Postgres server', ...integer(1, 1000) }),
  eventStoreUrl: setting({
    name: 'EVENTSTORE_URL',
    meaning: 'an EventStoreDB server for the store; read models then in `DATABASE_URL`, else in memory',
    ...url(['esdb:', 'esdb+discover:'], 'an esdb:// or esdb+discover:// URL'),
  }),
  // Schemas, so several deployments (or test runs) can share one Postgres server.
  eventStoreSchema: setting({ name: 'EVENT_STORE_SCHEMA', fallback: 'event_store', meaning: 'the Postgres schema of the facts', ...schemaName }),
  readModelSchema: setting({ name: 'READ_MODEL_SCHEMA', fallback: 'read_models', meaning: 'the Postgres schema of the read models', ...schemaName }),
} as const;
