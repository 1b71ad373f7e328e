import { partyDisqualificationStreams } from '#shared-kernel';

/** The parties custody was told a final sanction disqualifies: issuing a guide reads its holder's and issuer's stream before it decides. */
export const partyDisqualificationStream = partyDisqualificationStreams('custody-disqualified');
