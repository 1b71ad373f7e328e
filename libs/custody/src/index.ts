export * from './integration/index.js';
export { CustodyModule } from './custody.module.js';
export type { CustodySettings } from './custody-settings.js';
