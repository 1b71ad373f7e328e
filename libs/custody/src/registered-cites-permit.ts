import type { StreamStore } from '#shared-kernel';
import type { CitesPermitState } from './domain/cites-permit.js';
import { citesPermitStream } from './domain/cites-permit.decider.js';
import { CitesPermitNotFound } from './domain/cites-permit.errors.js';

/** The permit as registered, with its revocation if any; 404 `cites_permit_not_found` when never registered. */
export async function loadCitesPermit(store: StreamStore, number: string): Promise<Required<Pick<CitesPermitState, 'permit'>> & CitesPermitState> {
  const state = await citesPermitStream.load(store, number);
  if (!state.permit) throw new CitesPermitNotFound(number);
  return { ...state, permit: state.permit };
}
