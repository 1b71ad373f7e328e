import { aggregateStream, type Decider } from '#shared-kernel';
import type { ProcessorCommand } from './processor.commands.js';
import type { ProcessorEvent } from './processor.events.js';
import { evolveProcessor } from './processor.evolve.js';
import { receiveLot } from './processor.receipt.js';
import { registerProcessor, reinstateProcessor, suspendProcessor } from './processor.standing.js';
import { processorSnapshots } from './processor.snapshots.js';
import { INITIAL_PROCESSOR_STATE, type ProcessorState } from './processor.state.js';
import { recordTransformation } from './processor.transformation.js';

/** One processing facility (stream `processor-<facilityId>`): its authorisation, its inventory, its transformations within yield. */
export const processorDecider: Decider<ProcessorCommand, ProcessorEvent, ProcessorState> = {
  initialState: INITIAL_PROCESSOR_STATE,
  decide(command, state): readonly ProcessorEvent[] {
    switch (command.type) {
      case 'RegisterProcessor':
        return registerProcessor(command, state);
      case 'SuspendProcessor':
        return suspendProcessor(command, state);
      case 'ReinstateProcessor':
        return reinstateProcessor(command, state);
      case 'ReceiveLot':
        return receiveLot(command, state);
      case 'RecordTransformation':
        return recordTransformation(command, state);
      default:
        return unknownCommand(command);
    }
  },
  evolve: evolveProcessor,
};

function unknownCommand(command: never): never {
  throw new Error(`Unknown processor command ${JSON.stringify(command)}`);
}

/** Processors' streams, `processor-<facilityId>`, read from their last snapshot. */
export const processorStream = aggregateStream('processor', processorDecider, { snapshots: processorSnapshots });
