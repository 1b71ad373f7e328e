import { embeddedEventStore } from './embedded/embedded-event-store.js';
import type { EventStore } from './event-store.js';
import { postgresEventStore } from './postgres/postgres-event-store.js';

export interface EventStoreConfig {
  /** A Postgres server; wins over the embedded default. */
  readonly databaseUrl?: string;
  /** Connections to it, shared by the store and the read models. */
  readonly databasePoolSize?: number;
  /** An EventStoreDB server (e.g. `esdb://127.0.0.1:2113?tls=false`); wins over everything. */
  readonly eventStoreUrl?: string;
  /** Folder of the embedded store when no server is named. */
  readonly dataDir?: string;
  /** Postgres schema, so several services can share one server. */
  readonly schema?: string;
}

export type StoreKind = 'eventstoredb' | 'postgres' | 'embedded';

export function storeKind(config: EventStoreConfig): StoreKind {
  if (config.eventStoreUrl) return 'eventstoredb';
  if (config.databaseUrl) return 'postgres';
  return 'embedded';
}

export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (storeKind(config)) {
    case 'eventstoredb': {
      // Loaded on demand: its gRPC client is heavy and most deployments never use it.
      const { eventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store.js');
      return eventStoreDbEventStore({ url: config.eventStoreUrl! });
    }
    case 'postgres':
      return postgresEventStore({ url: config.databaseUrl!, maxConnections: config.databasePoolSize, schema: config.schema });
    case 'embedded':
      return embeddedEventStore({ dataDir: config.dataDir, schema: config.schema });
  }
}
