export * from './projection.js';
export * from './projection-tables.js';
export * from './projection-runner.js';
export * from './read-rows.js';
export * from './read-model.js';
