export * from './integration/index.js';
export { CustodyModule } from './custody.module.js';
