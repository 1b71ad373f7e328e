export * from './sql-client.js';
export * from './postgres-client.js';
export * from './pglite-client.js';
export { DataFolderHeld, type FolderHolder } from './data-folder-lock.js';
