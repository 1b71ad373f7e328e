import { partyDisqualificationStreams } from '#shared-kernel';

/** The parties processing was told a final sanction disqualifies: registering a processor reads its holder's stream before it decides. */
export const partyDisqualificationStream = partyDisqualificationStreams('processing-disqualified');
