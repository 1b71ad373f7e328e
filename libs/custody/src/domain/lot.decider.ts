import { aggregateStream, type Decider, type Recorded } from '#shared-kernel';
import type { LotCommand } from './lot.commands.js';
import { consumeLot } from './lot.consumption.js';
import { disposeConfiscatedLot, storeConfiscatedLot } from './lot.disposal.js';
import { abandonMerge, createChildLot, createExtractedLot, createProductLot, requestMerge } from './lot.creation.js';
import { UnknownLot } from './lot.errors.js';
import type { LotEvent } from './lot.events.js';
import { evolveLot } from './lot.evolve.js';
import { confiscateLot, immobiliseLot, releaseLot } from './lot.holds.js';
import { mergeIntoLot, mergeLots, splitLot } from './lot.lineage.js';
import { seizeLot } from './lot.seizure.js';
import { deliverLot, dispatchLot, recordLotScanned, releaseFromGuide } from './lot.movement.js';
import { INITIAL_LOT_STATE, type LotState } from './lot.state.js';

/** One lot's life (stream `lot-<lotId>`): extracted or produced, moved under guides, held, consumed, split or merged. */
export const lotDecider: Decider<LotCommand, LotEvent, LotState> = {
  initialState: INITIAL_LOT_STATE,
  decide(command, state): readonly LotEvent[] {
    switch (command.type) {
      case 'CreateExtractedLot':
        return createExtractedLot(command, state);
      case 'CreateProductLot':
        return createProductLot(command, state);
      case 'CreateChildLot':
        return createChildLot(command, state);
      case 'RequestMerge':
        return requestMerge(command, state);
      case 'AbandonMerge':
        return abandonMerge(command, state);
      case 'MergeLots':
        return mergeLots(command, state);
      case 'MergeIntoLot':
        return mergeIntoLot(command, state);
      case 'SplitLot':
        return splitLot(command, state);
      case 'DispatchLot':
        return dispatchLot(command, state);
      case 'ReleaseFromGuide':
        return releaseFromGuide(command, state);
      case 'RecordLotScanned':
        return recordLotScanned(command, state);
      case 'DeliverLot':
        return deliverLot(command, state);
      case 'ImmobiliseLot':
        return immobiliseLot(command, state);
      case 'ReleaseLot':
        return releaseLot(command, state);
      case 'ConfiscateLot':
        return confiscateLot(command, state);
      case 'SeizeLot':
        return seizeLot(command, state);
      case 'StoreConfiscatedLot':
        return storeConfiscatedLot(command, state);
      case 'DisposeConfiscatedLot':
        return disposeConfiscatedLot(command, state);
      case 'ConsumeLot':
        return consumeLot(command, state);
      default:
        return unknownCommand(command);
    }
  },
  evolve: evolveLot,
};

function unknownCommand(command: never): never {
  throw new Error(`Unknown lot command ${JSON.stringify(command)}`);
}

/** Lots' streams, `lot-<lotId>`; a lot never created is `lot_not_found`. */
export const lotStream = aggregateStream('lot', lotDecider, { missing: (lotId) => new UnknownLot(lotId) });

export type RecordedLotEvent = Recorded<LotEvent>;
