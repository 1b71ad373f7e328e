import { aggregateStream, type Decider } from '#shared-kernel';
import type { CitesPermitCommand, CitesPermitEvent, CitesPermitState, CitesPermitTerms } from './cites-permit.js';
import { CitesPermitAlreadyRegistered, CitesPermitNotFound, InvalidCitesPermit } from './cites-permit.errors.js';
import { isBefore, isInstant } from './guide.time.js';

export const citesPermitDecider: Decider<CitesPermitCommand, CitesPermitEvent, CitesPermitState> = {
  initialState: {},
  decide(command, state) {
    switch (command.type) {
      case 'RegisterCitesPermit':
        return register(command.data, state);
      case 'RevokeCitesPermit': {
        if (!state.permit) throw new CitesPermitNotFound(command.data.number);
        if (!isInstant(command.data.at)) throw new InvalidCitesPermit(command.data.number, 'at', 'the revocation time is not an instant');
        // Revoked once: a later revocation changes nothing.
        return state.revoked ? [] : [{ type: 'CitesPermitRevoked', data: command.data }];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CitesPermitRegistered':
        return { permit: event.data };
      case 'CitesPermitRevoked':
        return { ...state, revoked: { reason: event.data.reason, at: event.data.at } };
    }
  },
};

function register(terms: CitesPermitTerms, state: CitesPermitState): CitesPermitEvent[] {
  if (state.permit) {
    if (sameTerms(state.permit, terms)) return [];
    throw new CitesPermitAlreadyRegistered(state.permit);
  }
  const { number, volume, validFrom, validUntil } = terms;
  if (!(Number.isFinite(volume.value) && volume.value > 0)) throw new InvalidCitesPermit(number, 'volume.value', 'the volume must be above 0');
  if (!isInstant(validFrom) || !isInstant(validUntil)) throw new InvalidCitesPermit(number, 'validFrom', 'the validity must be two instants');
  if (!isBefore(validFrom, validUntil)) throw new InvalidCitesPermit(number, 'validUntil', 'validUntil must be after validFrom');
  return [{ type: 'CitesPermitRegistered', data: terms }];
}

function sameTerms(a: CitesPermitTerms, b: CitesPermitTerms): boolean {
  const { volume: va, ...restA } = a;
  const { volume: vb, ...restB } = b;
  const keys = Object.keys(restA) as (keyof typeof restA)[];
  return va.value === vb.value && va.unit === vb.unit && keys.length === Object.keys(restB).length && keys.every((key) => restA[key] === restB[key]);
}

/** CITES permits' streams: the number keeps its slashes (`cites-permit-003456/SERFOR-2026`). */
export const citesPermitStream = aggregateStream('cites-permit', citesPermitDecider);
