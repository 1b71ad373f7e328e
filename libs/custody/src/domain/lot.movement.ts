import type { DeliverLot, DispatchLot, RecordLotScanned, ReleaseFromGuide } from './lot.commands.js';
import { LotNotOnGuide } from './lot.errors.js';
import type { LotDelivered, LotDispatched, LotReleasedFromGuide, LotScanned } from './lot.events.js';
import { existing, free, open, resting, samePlace } from './lot.guards.js';
import type { LotPlace } from './lot.js';
import type { Lot, LotState } from './lot.state.js';
import { inMeasure, lotMeasure } from './lot.volume.js';

/** Loading under a guide; dispatching again under the same guide records nothing. */
export function dispatchLot({ data }: DispatchLot, state: LotState): LotDispatched[] {
  if (onGuide(state, data.guideNumber)) return [];
  const lot = free(state);
  const from = resting(lot);
  const { lotId, species, productType, remaining } = lot;
  return [{ type: 'LotDispatched', data: { lotId, guideNumber: data.guideNumber, species, productType, volume: inMeasure(remaining, lotMeasure(lot)), from, at: data.at } }];
}

/**
 * The guide was annulled or expired, or its issuance was refused: the lot is back where it was dispatched from.
 * An issuance refused undoes the dispatch even of a lot held since (its hold stays); released already, nothing new.
 */
export function releaseFromGuide({ data }: ReleaseFromGuide, state: LotState): LotReleasedFromGuide[] {
  if (state?.whereabouts.kind === 'resting' && state.whereabouts.releasedFrom === data.guideNumber) return [];
  const lot = data.reason === 'issuance_refused' ? open(state) : free(state);
  const from = onGuideOrRefuse(lot, data.guideNumber);
  return [{ type: 'LotReleasedFromGuide', data: { lotId: lot.lotId, guideNumber: data.guideNumber, reason: data.reason, returnedTo: from, at: data.at } }];
}

/** A scan is an observation, not a move: it is recorded even while the lot is immobilised, and after the lot left that guide (an offline upload). */
export function recordLotScanned({ data }: RecordLotScanned, state: LotState): LotScanned[] {
  const lot = open(state);
  if (!leftGuide(lot, data.guideNumber)) onGuideOrRefuse(lot, data.guideNumber);
  return [{ type: 'LotScanned', data: { lotId: lot.lotId, ...data } }];
}

/** Arrival at the consignee under the guide; a repeated delivery under the same guide to the same facility records nothing. */
export function deliverLot({ data }: DeliverLot, state: LotState): LotDelivered[] {
  const { whereabouts } = existing(state);
  const facility = { kind: 'facility', facilityId: data.facilityId } as const;
  if (whereabouts.kind === 'resting' && whereabouts.deliveredUnder === data.guideNumber && samePlace(whereabouts.place, facility)) return [];
  const lot = free(state);
  onGuideOrRefuse(lot, data.guideNumber);
  const { lotId, species, productType, remaining } = lot;
  return [
    { type: 'LotDelivered', data: { lotId, guideNumber: data.guideNumber, facilityId: data.facilityId, species, productType, volume: inMeasure(remaining, lotMeasure(lot)), at: data.at } },
  ];
}

/** Delivered under the guide, or sent back from it. */
function leftGuide({ whereabouts }: Lot, guideNumber: string): boolean {
  return whereabouts.kind === 'resting' && (whereabouts.deliveredUnder === guideNumber || whereabouts.releasedFrom === guideNumber);
}

function onGuide(state: LotState, guideNumber: string): boolean {
  return state?.whereabouts.kind === 'on_guide' && state.whereabouts.guideNumber === guideNumber;
}

/** Where the lot was dispatched from, when it travels under this guide. */
function onGuideOrRefuse(lot: Lot, guideNumber: string): LotPlace {
  if (lot.whereabouts.kind !== 'on_guide' || lot.whereabouts.guideNumber !== guideNumber) throw new LotNotOnGuide(lot.lotId, guideNumber, lot.whereabouts);
  return lot.whereabouts.from;
}
