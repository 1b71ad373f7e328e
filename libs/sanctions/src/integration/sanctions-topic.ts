import type { IntegrationTopic } from '#messaging';

/** Every integration event sanctions publishes, on its topic when contexts run apart. */
export const SANCTIONS_TOPIC: IntegrationTopic = {
  context: 'sanctions',
  types: ['CaseOpened', 'CaseLotsAdded', 'CaseClosed', 'PartyDisqualified'],
};
