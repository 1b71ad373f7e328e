export { SanctionsModule } from './sanctions.module.js';
export type { SanctionsSettings } from './sanctions-settings.js';
