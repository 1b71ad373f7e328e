import type { Projection } from '#projections';
import type { DisqualificationRegistered, RegisteredDisqualification } from '../domain/disqualification-register.js';

/** The register: one row per case that disqualified a party, looked up by the party's tax id. */
export const disqualificationRegisterProjection: Projection<RegisteredDisqualification, DisqualificationRegistered> = {
  name: 'sanctions_disqualifications',
  lifecycle: 'async',
  version: 1,
  eventTypes: ['DisqualificationRegistered'],
  lookups: [['taxId']],
  keys: (event) => [event.data.caseId],
  evolve: (_row, event) => event.data,
};
