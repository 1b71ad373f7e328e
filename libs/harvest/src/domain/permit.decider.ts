import { aggregateStream, type Decider } from '#shared-kernel';
import type { PermitCommand } from './permit.commands.js';
import type { PermitEvent } from './permit.events.js';
import { PermitNotFound } from './permit.errors.js';
import { evolvePermit } from './permit.evolve.js';
import { recordExtraction } from './permit.extraction.js';
import { recordVolumeMoved } from './permit.movement.js';
import { approveHarvestPlan } from './permit.plan-approval.js';
import { registerPermit } from './permit.registration.js';
import { cancelPermit, reinstatePermit, suspendPermit } from './permit.standing.js';
import { permitSnapshots } from './permit.snapshots.js';
import { INITIAL_PERMIT_STATE, type PermitState } from './permit.state.js';

/** One permit (stream `permit-<permitId>`): its standing, its harvest plans and every plan's balance per species. */
export const permitDecider: Decider<PermitCommand, PermitEvent, PermitState> = {
  initialState: INITIAL_PERMIT_STATE,
  decide(command, state): readonly PermitEvent[] {
    switch (command.type) {
      case 'RegisterPermit':
        return registerPermit(command, state);
      case 'ApproveHarvestPlan':
        return approveHarvestPlan(command, state);
      case 'SuspendPermit':
        return suspendPermit(command, state);
      case 'ReinstatePermit':
        return reinstatePermit(command, state);
      case 'CancelPermit':
        return cancelPermit(command, state);
      case 'RecordExtraction':
        return recordExtraction(command, state);
      case 'RecordVolumeMoved':
        return recordVolumeMoved(command, state);
      default:
        return unknownCommand(command);
    }
  },
  evolve: evolvePermit,
};

function unknownCommand(command: never): never {
  throw new Error(`Unknown permit command ${JSON.stringify(command)}`);
}

/** Permits' streams, `permit-<permitId>`, read from their last snapshot; a permit never registered is `permit_not_found`. */
export const permitStream = aggregateStream('permit', permitDecider, { missing: (permitId) => new PermitNotFound(permitId), snapshots: permitSnapshots });
