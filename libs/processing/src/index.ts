export * from './integration/index.js';
export { ProcessingModule } from './processing.module.js';
