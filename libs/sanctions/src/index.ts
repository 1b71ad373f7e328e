export { SanctionsModule } from './sanctions.module.js';
