import type { DisposeConfiscatedLot, StoreConfiscatedLot } from './lot.commands.js';
import { ConfiscatedLotAlreadyDisposed, LotIsClosed, LotNotConfiscated } from './lot.errors.js';
import type { ConfiscatedLotDisposed, ConfiscatedLotStored } from './lot.events.js';
import { existing } from './lot.guards.js';
import type { DisposalRecipient, LotPlace } from './lot.js';
import type { Lot, LotState } from './lot.state.js';

/** Into the authority's warehouse; storing it again in the same warehouse records nothing. */
export function storeConfiscatedLot({ data }: StoreConfiscatedLot, state: LotState): ConfiscatedLotStored[] {
  const { lot, caseRef } = confiscated(state);
  const { whereabouts } = lot;
  const place = whereabouts.kind === 'resting' ? whereabouts.place : undefined;
  if (place?.kind === 'authority' && place.authority === data.authority && place.warehouse === data.warehouse) return [];
  return [{ type: 'ConfiscatedLotStored', data: { lotId: lot.lotId, caseRef, ...data } }];
}

/** Auctioned or donated once: the lot leaves the authority's hands, free, marked as confiscated timber. */
export function disposeConfiscatedLot({ data }: DisposeConfiscatedLot, state: LotState): ConfiscatedLotDisposed[] {
  const { lot, caseRef } = confiscated(state);
  return [{ type: 'ConfiscatedLotDisposed', data: { lotId: lot.lotId, caseRef, ...data } }];
}

/** The recipient keeps the timber at its facility when it names one, else at its own yard. */
export function recipientPlace({ taxId, facilityId }: DisposalRecipient): LotPlace {
  return facilityId !== undefined ? { kind: 'facility', facilityId } : { kind: 'holder', holderTaxId: taxId };
}

/** A confiscated lot with timber left that the authority has not disposed of yet. */
function confiscated(state: LotState): { lot: Lot; caseRef: string } {
  const lot = existing(state);
  if (lot.confiscatedOrigin) throw new ConfiscatedLotAlreadyDisposed(lot.lotId, lot.confiscatedOrigin.caseRef, lot.confiscatedOrigin.reference);
  if (lot.closedBy !== undefined) throw new LotIsClosed(lot.lotId, lot.closedBy);
  if (lot.hold.kind !== 'confiscated') throw new LotNotConfiscated(lot.lotId);
  return { lot, caseRef: lot.hold.caseRef };
}
