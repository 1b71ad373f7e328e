import type { CaseClosedV1 } from './case-closed.js';
import type { CaseLotsAddedV1 } from './case-lots-added.js';
import type { CaseOpenedV1 } from './case-opened.js';
import type { PartyDisqualifiedV1 } from './party-disqualified.js';

/** Everything sanctions publishes, discriminated by `type` and `version`. */
export type SanctionsIntegrationEvent = CaseOpenedV1 | CaseLotsAddedV1 | CaseClosedV1 | PartyDisqualifiedV1;
