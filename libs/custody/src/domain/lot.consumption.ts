import type { ConsumeLot } from './lot.commands.js';
import type { LotConsumed } from './lot.events.js';
import { free, mustRestAt } from './lot.guards.js';
import type { LotState } from './lot.state.js';
import { m3, positiveCubicMetres, remainingAfter } from './lot.volume.js';

/** A transformation takes part or all of the lot, only at the facility where it rests. */
export function consumeLot({ data }: ConsumeLot, state: LotState): LotConsumed[] {
  if (state?.consumedBy.includes(data.transformationId)) return [];
  const lot = free(state);
  mustRestAt(lot, { kind: 'facility', facilityId: data.facilityId });
  const volume = positiveCubicMetres(data.volume, 'volume');
  const remaining = remainingAfter(lot, volume);
  return [
    {
      type: 'LotConsumed',
      data: { lotId: lot.lotId, transformationId: data.transformationId, facilityId: data.facilityId, volume: m3(volume), remaining: m3(remaining), at: data.at },
    },
  ];
}
