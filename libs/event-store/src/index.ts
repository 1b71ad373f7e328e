export * from './event-store.js';
export * from './open-event-store.js';
export { SqlEventStore, type SqlEventStoreOptions } from './postgres/sql-event-store.js';
export { postgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { embeddedEventStore, type EmbeddedEventStoreOptions } from './embedded/embedded-event-store.js';
export { EventStoreModule, EVENT_STORE, READ_MODELS } from './event-store.module.js';
export * from './open-storage.js';
export { Resubscribing, type ResubscribingOptions } from './resubscribing.js';
export { RecentReads } from './recent-reads.js';
