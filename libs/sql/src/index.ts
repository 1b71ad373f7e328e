export * from './sql-client.js';
export * from './postgres-client.js';
export * from './pglite-client.js';
