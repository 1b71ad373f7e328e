import type { IntegrationTopic } from '#messaging';

/** Every integration event harvest publishes, on its topic when contexts run apart. */
export const HARVEST_TOPIC: IntegrationTopic = {
  context: 'harvest',
  types: ['PermitStandingChanged', 'HarvestPlanApproved', 'LotExtracted', 'SpeciesBalanceChanged', 'GuideNotCounted'],
};
