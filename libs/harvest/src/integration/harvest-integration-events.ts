import type { GuideNotCountedV1 } from './guide-not-counted.js';
import type { HarvestPlanApprovedV1 } from './harvest-plan-approved.js';
import type { LotExtractedV1 } from './lot-extracted.js';
import type { PermitStandingChangedV1 } from './permit-standing-changed.js';
import type { SpeciesBalanceChangedV1 } from './species-balance-changed.js';

/** What harvest publishes, discriminated by `type` and `version`. */
export type HarvestIntegrationEvent = LotExtractedV1 | PermitStandingChangedV1 | HarvestPlanApprovedV1 | SpeciesBalanceChangedV1 | GuideNotCountedV1;
