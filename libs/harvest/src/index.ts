export * from './integration/index.js';
export { HarvestModule } from './harvest.module.js';
