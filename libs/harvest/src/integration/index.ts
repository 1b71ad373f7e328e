export type { LotExtractedV1 } from './lot-extracted.js';
export type { PermitStandingChangedV1 } from './permit-standing-changed.js';
export type { HarvestPlanApprovedV1 } from './harvest-plan-approved.js';
export type { SpeciesBalanceChangedV1 } from './species-balance-changed.js';
export type { HarvestIntegrationEvent } from './harvest-integration-events.js';
export type { GuideNotCountedV1 } from './guide-not-counted.js';
export { HARVEST_TOPIC } from './harvest-topic.js';
