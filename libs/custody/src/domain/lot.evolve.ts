import type { LotClosure, LotPlace, LotShare } from './lot.js';
import { recipientPlace } from './lot.disposal.js';
import type { LotCreation, LotEvent } from './lot.events.js';
import { withShares } from './lot.shares.js';
import type { Lot, LotState } from './lot.state.js';

export function evolveLot(state: LotState, event: LotEvent): LotState {
  switch (event.type) {
    case 'LotExtracted':
      return born(event, { kind: 'holder', holderTaxId: event.data.holderTaxId }, []);
    case 'ProductLotCreated':
      return born(event, { kind: 'facility', facilityId: event.data.facilityId }, event.data.parents);
    case 'ChildLotCreated':
      return born(event, event.data.place, event.data.parents);
    case 'LotSeized':
      return born(event, { kind: 'authority', authority: event.data.authority, checkpoint: event.data.checkpoint }, []);
    default:
      return state && evolveExisting(state, event);
  }
}

function born({ data }: LotCreation, place: LotPlace, parents: readonly LotShare[]): Lot {
  return {
    lotId: data.lotId,
    species: data.species,
    productType: data.productType,
    remaining: data.volume.value,
    whereabouts: { kind: 'resting', place },
    hold: { kind: 'none' },
    parents,
    children: [],
    consumedBy: [],
  };
}

function evolveExisting(lot: Lot, event: Exclude<LotEvent, LotCreation>): Lot {
  switch (event.type) {
    case 'LotsMerged':
      return { ...lot, remaining: event.data.volume.value, parents: withShares(lot.parents, event.data.parents) };
    case 'LotMergedInto':
      return taken(lot, event.data.remaining.value, 'merged', { children: withShares(lot.children, [{ lotId: event.data.targetLotId, volume: event.data.volume }]) });
    case 'LotSplit':
      return taken(lot, event.data.remaining.value, 'split', { children: withShares(lot.children, event.data.children) });
    case 'LotConsumed':
      return taken(lot, event.data.remaining.value, 'consumed', {
        consumedBy: [...lot.consumedBy, event.data.transformationId],
        children: withShares(lot.children, event.data.products ?? []),
      });
    case 'LotDispatched':
      return { ...lot, whereabouts: { kind: 'on_guide', guideNumber: event.data.guideNumber, from: event.data.from } };
    case 'LotReleasedFromGuide':
      return { ...lot, whereabouts: { kind: 'resting', place: event.data.returnedTo, releasedFrom: event.data.guideNumber } };
    case 'LotDelivered':
      return { ...lot, whereabouts: { kind: 'resting', place: { kind: 'facility', facilityId: event.data.facilityId }, deliveredUnder: event.data.guideNumber } };
    case 'LotImmobilised':
      return { ...lot, hold: { kind: 'immobilised', caseRef: event.data.caseRef, authority: event.data.authority } };
    case 'LotReleased':
      return { ...lot, hold: { kind: 'none' } };
    case 'LotConfiscated':
      return { ...lot, hold: { kind: 'confiscated', caseRef: event.data.caseRef, authority: event.data.authority } };
    case 'ConfiscatedLotStored':
      return { ...lot, whereabouts: { kind: 'resting', place: { kind: 'authority', authority: event.data.authority, warehouse: event.data.warehouse } } };
    case 'ConfiscatedLotDisposed':
      return {
        ...lot,
        whereabouts: { kind: 'resting', place: recipientPlace(event.data.recipient) },
        hold: { kind: 'none' },
        confiscatedOrigin: { caseRef: event.data.caseRef, method: event.data.method, reference: event.data.reference },
      };
    case 'LotScanned':
    case 'LotStepRefused':
    case 'LotMergeRequested':
    case 'LotMergeAbandoned':
      return lot;
    default:
      return unreachable(event);
  }
}

/** Volume left the lot; taking the last of it closes the lot. */
function taken(lot: Lot, remaining: number, by: LotClosure, lineage: Partial<Pick<Lot, 'children' | 'consumedBy'>>): Lot {
  return { ...lot, ...lineage, remaining, ...(remaining === 0 ? { closedBy: by } : {}) };
}

function unreachable(event: never): never {
  throw new Error(`Unknown lot event ${JSON.stringify(event)}`);
}
