import type { SeizeLot } from './lot.commands.js';
import { InvalidPieceCount, LotAlreadyExists } from './lot.errors.js';
import type { LotImmobilised, LotSeized } from './lot.events.js';
import type { LotState } from './lot.state.js';
import { m3, positiveCubicMetres } from './lot.volume.js';

/** Undeclared timber becomes a lot in the authority's custody, held under the case from its first moment. */
export function seizeLot({ data }: SeizeLot, state: LotState): (LotSeized | LotImmobilised)[] {
  if (state !== undefined) throw new LotAlreadyExists(state.lotId);
  if (!Number.isInteger(data.pieces) || data.pieces < 0) throw new InvalidPieceCount(data.pieces);
  const volume = m3(positiveCubicMetres(data.volume, 'volume'));
  const { lotId, caseRef, authority, checkpoint, guideNumber, scanId, at } = data;
  const reason = `Found beyond guide ${guideNumber} at ${checkpoint} (scan ${scanId}): origin unproven`;
  return [
    { type: 'LotSeized', data: { ...data, productType: 'roundwood', volume } },
    { type: 'LotImmobilised', data: { lotId, caseRef, reason, authority, checkpoint, volume, at } },
  ];
}
