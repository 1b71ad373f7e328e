export * from './projection.js';
export { ProjectionTable, type TableCheckpoint } from './projection-table.js';
export type { Build, BuildReason, CatalogEntry } from './projection-catalog.js';
export * from './projection-runner.js';
export * from './read-rows.js';
export * from './read-model.js';
export * from './read-model-registry.js';
export { liveViewProvider, ProjectionsModule } from './projections.module.js';
