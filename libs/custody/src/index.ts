export * from './integration/index.js';
export { CustodyModule } from './custody.module.js';
export { type CustodySettings, custodySettings } from './custody-settings.js';
