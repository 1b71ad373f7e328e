import type { CancelPermit, ReinstatePermit, SuspendPermit } from './permit.commands.js';
import { PermitAlreadySuspended, PermitIsCancelled, PermitNotSuspended } from './permit.errors.js';
import type { PermitCancelled, PermitReinstated, PermitSuspended } from './permit.events.js';
import { requireInstant, requirePermit, requireText } from './permit.guards.js';
import type { Permit, PermitState } from './permit.state.js';

type StandingCommand = SuspendPermit | ReinstatePermit | CancelPermit;

/** The measure's facts, checked: who took it, why, and when. */
function measure({ data }: StandingCommand, permit: Permit) {
  requireInstant('at', data.at);
  return { permitId: permit.permitId, authority: requireText('authority', data.authority), reason: requireText('reason', data.reason), at: data.at };
}

function notCancelled(permit: Permit): void {
  if (permit.standing.status === 'cancelled') throw new PermitIsCancelled(permit.permitId);
}

export function suspendPermit(command: SuspendPermit, state: PermitState): PermitSuspended[] {
  const permit = requirePermit(state, command.data.permitId);
  notCancelled(permit);
  if (permit.standing.status === 'suspended') throw new PermitAlreadySuspended(permit.permitId);
  return [{ type: 'PermitSuspended', data: measure(command, permit) }];
}

export function reinstatePermit(command: ReinstatePermit, state: PermitState): PermitReinstated[] {
  const permit = requirePermit(state, command.data.permitId);
  notCancelled(permit);
  if (permit.standing.status !== 'suspended') throw new PermitNotSuspended(permit.permitId);
  return [{ type: 'PermitReinstated', data: measure(command, permit) }];
}

/** Active or suspended, a permit can be cancelled (OSINFOR's "caducidad"); once. */
export function cancelPermit(command: CancelPermit, state: PermitState): PermitCancelled[] {
  const permit = requirePermit(state, command.data.permitId);
  notCancelled(permit);
  return [{ type: 'PermitCancelled', data: measure(command, permit) }];
}
