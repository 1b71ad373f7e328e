import type { LotPlace } from './lot.js';
import { LotIsClosed, LotIsConfiscated, LotIsImmobilised, LotNotAtPlace, LotNotFound, LotOnOpenGuide } from './lot.errors.js';
import type { Lot, LotState } from './lot.state.js';

// The checks every decision on an existing lot starts with, in the order a client would want to hear them.

export function existing(state: LotState): Lot {
  if (state === undefined) throw new LotNotFound();
  return state;
}

/** Still has volume and is not confiscated: may still be immobilised. */
export function open(state: LotState): Lot {
  const lot = existing(state);
  if (lot.closedBy !== undefined) throw new LotIsClosed(lot.lotId, lot.closedBy);
  if (lot.hold.kind === 'confiscated') throw new LotIsConfiscated(lot.lotId, lot.hold.caseRef);
  return lot;
}

/** Nothing moves or transforms while immobilised or confiscated. */
export function free(state: LotState): Lot {
  const lot = open(state);
  if (lot.hold.kind === 'immobilised') throw new LotIsImmobilised(lot.lotId, lot.hold.caseRef);
  return lot;
}

/** Where the lot rests; refused while it is on the road. */
export function resting(lot: Lot): LotPlace {
  if (lot.whereabouts.kind === 'on_guide') throw new LotOnOpenGuide(lot.lotId, lot.whereabouts.guideNumber);
  return lot.whereabouts.place;
}

export function mustRestAt(lot: Lot, place: LotPlace): void {
  if (!samePlace(resting(lot), place)) throw new LotNotAtPlace(lot.lotId, place, lot.whereabouts);
}

export function samePlace(a: LotPlace, b: LotPlace): boolean {
  return JSON.stringify(keyOf(a)) === JSON.stringify(keyOf(b));
}

function keyOf(place: LotPlace): readonly string[] {
  if (place.kind === 'holder') return [place.kind, place.holderTaxId];
  if (place.kind === 'facility') return [place.kind, place.facilityId];
  return [place.kind, place.authority];
}
