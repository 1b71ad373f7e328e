export { ReferenceDataModule } from './reference-data.module.js';
export * from './integration/index.js';
