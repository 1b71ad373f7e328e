import { PersistentMap, type SnapshotPolicy } from '#shared-kernel';
import type { PermitCommand } from './permit.commands.js';
import type { PermitEvent } from './permit.events.js';
import { countedGuide } from './permit.evolve.js';
import type { Permit, PermitState } from './permit.state.js';

type Saved = Omit<Permit, 'lotIds' | 'guides'> | undefined;

/**
 * A permit is read from its last snapshot: standing, plans and balances, guides not counted. The lots it recorded and
 * the guides it counted grow for its whole life, so they are found by key instead (`lot/<id>`, `guide/<number>`).
 */
export const permitSnapshots: SnapshotPolicy<PermitCommand, PermitEvent, PermitState> = {
  every: 20,
  // 2: quotas keep their measure and amounts in its base unit (no more `…M3` fields).
  schema: 2,
  save(permit): Saved {
    if (!permit) return undefined;
    const { lotIds: _lots, guides: _guides, ...saved } = permit;
    return saved;
  },
  restore: (saved) => (saved as Saved) && { ...(saved as NonNullable<Saved>), lotIds: PersistentMap.empty(), guides: PersistentMap.empty() },
  keysOf(command) {
    // As the decider names them: without surrounding spaces.
    if (command.type === 'RecordExtraction') return [lotKey(command.data.lotId.trim())];
    if (command.type === 'RecordVolumeMoved') return [guideKey(command.data.guideNumber.trim())];
    return [];
  },
  claims(event) {
    if (event.type === 'ExtractionRecorded') return [lotKey(event.data.lotId)];
    if (event.type === 'VolumeMoved') return [guideKey(event.data.guideNumber)];
    return [];
  },
  recall: (state, _keys, found) => state && found.reduce(recalled, state),
};

const lotKey = (lotId: string) => `lot/${lotId}`;
const guideKey = (guideNumber: string) => `guide/${guideNumber}`;

/** A lot recorded, or a guide counted, as the fold notes it; balances are the snapshot's. */
function recalled(permit: Permit, event: PermitEvent): Permit {
  if (event.type === 'ExtractionRecorded') return { ...permit, lotIds: permit.lotIds.with(event.data.lotId, true) };
  if (event.type === 'VolumeMoved') return { ...permit, guides: permit.guides.with(event.data.guideNumber, countedGuide(event.data)) };
  return permit;
}
