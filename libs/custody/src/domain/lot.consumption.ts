import type { ConsumeLot } from './lot.commands.js';
import type { LotConsumed } from './lot.events.js';
import { mustRestAt, open } from './lot.guards.js';
import type { LotState } from './lot.state.js';
import { amountIn, inMeasure, lotMeasure, remainingAfter } from './lot.volume.js';

/**
 * A transformation processing recorded takes part or all of the lot, at the facility where it rests. A hold that
 * reached the lot after processing decided does not undo the transformation: its products carry the hold instead.
 */
export function consumeLot({ data }: ConsumeLot, state: LotState): LotConsumed[] {
  if (state?.consumedBy.includes(data.transformationId)) return [];
  const lot = open(state);
  mustRestAt(lot, { kind: 'facility', facilityId: data.facilityId });
  const measure = lotMeasure(lot);
  const volume = amountIn(data.volume, measure, 'volume');
  const remaining = remainingAfter(lot, volume);
  return [
    {
      type: 'LotConsumed',
      data: {
        lotId: lot.lotId,
        transformationId: data.transformationId,
        facilityId: data.facilityId,
        volume: inMeasure(volume, measure),
        remaining: inMeasure(remaining, measure),
        products: data.products,
        at: data.at,
      },
    },
  ];
}
