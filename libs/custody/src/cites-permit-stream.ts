import { type CommandEnvelope, fold, handleCommand, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import type { CitesPermitCommand, CitesPermitEvent, CitesPermitState } from './domain/cites-permit.js';
import { citesPermitDecider } from './domain/cites-permit.decider.js';
import { CitesPermitNotFound } from './domain/cites-permit.errors.js';

/** Permit numbers keep their slashes (`003456/SERFOR-2026`): the stream id is the number as written. */
export function citesPermitStreamId(number: string): string {
  return `cites-permit-${number}`;
}

export function onCitesPermit(store: StreamStore, number: string, envelope: CommandEnvelope<CitesPermitCommand>) {
  return handleCommand(store, citesPermitDecider, citesPermitStreamId(number), envelope);
}

/** The permit as registered, with its revocation if any; 404 `cites_permit_not_found` when never registered. */
export async function loadCitesPermit(store: StreamStore, number: string): Promise<Required<Pick<CitesPermitState, 'permit'>> & CitesPermitState> {
  const state = fold(citesPermitDecider, (await readStreamOrEmpty(store, citesPermitStreamId(number))) as unknown as readonly CitesPermitEvent[]);
  if (!state.permit) throw new CitesPermitNotFound(number);
  return { ...state, permit: state.permit };
}
