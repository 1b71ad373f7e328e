import type { SeizeLot } from './lot.commands.js';
import { InvalidPieceCount, LotAlreadyExists } from './lot.errors.js';
import type { LotImmobilised, LotSeized } from './lot.events.js';
import type { LotState } from './lot.state.js';
import { measureOf, positiveAmount } from '#shared-kernel';
import { inMeasure } from './lot.volume.js';

/** Undeclared timber (or a non-timber product, by weight) becomes a lot in the authority's custody, held under the case from its first moment. */
export function seizeLot({ data }: SeizeLot, state: LotState): (LotSeized | LotImmobilised)[] {
  if (state !== undefined) throw new LotAlreadyExists(state.lotId);
  if (!Number.isInteger(data.pieces) || data.pieces < 0) throw new InvalidPieceCount(data.pieces);
  const measure = measureOf(data.volume.unit);
  const volume = inMeasure(positiveAmount(data.volume, 'volume'), measure);
  const { lotId, caseRef, authority, checkpoint, guideNumber, scanId, at } = data;
  const reason = `Found beyond guide ${guideNumber} at ${checkpoint} (scan ${scanId}): origin unproven`;
  const productType = measure === 'weight' ? 'non_timber' : (data.productType ?? 'roundwood');
  return [
    { type: 'LotSeized', data: { ...data, productType, volume } },
    { type: 'LotImmobilised', data: { lotId, caseRef, reason, authority, checkpoint, volume, at } },
  ];
}
