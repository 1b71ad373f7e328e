import { partyDisqualificationStreams } from '#shared-kernel';

/** The parties harvest was told a final sanction disqualifies: registering a permit reads its holder's stream before it decides. */
export const partyDisqualificationStream = partyDisqualificationStreams('harvest-disqualified');
