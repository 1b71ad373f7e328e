import { postgresClient } from '#sql';
import { SqlEventStore, type SqlEventStoreOptions } from './sql-event-store.js';

export interface PostgresEventStoreOptions extends SqlEventStoreOptions {
  readonly url: string;
  readonly maxConnections?: number;
}

/** The event store on a Postgres server, in its own schema so several services can share one server. */
export function postgresEventStore({ url, maxConnections, ...options }: PostgresEventStoreOptions): Promise<SqlEventStore> {
  return SqlEventStore.open(postgresClient({ url, maxConnections }), options);
}
