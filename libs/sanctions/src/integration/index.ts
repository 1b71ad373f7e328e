export type { CaseOpenedV1 } from './case-opened.js';
export type { CaseLotsAddedV1 } from './case-lots-added.js';
export type { CaseClosedV1 } from './case-closed.js';
export type { PartyDisqualifiedV1 } from './party-disqualified.js';
export type { SanctionsIntegrationEvent } from './sanctions-integration-events.js';
export { SANCTIONS_TOPIC } from './sanctions-topic.js';
