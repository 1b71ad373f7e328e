import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { CancelPermit, ReinstatePermit, SuspendPermit } from '../domain/permit.commands.js';
import type { PermitStatus } from '../domain/permit.js';
import { assertMayChangeStanding } from '../permit-access.js';
import type { PermitStandingResponse } from './standing.response.js';
import { PermitStandingCommand, type StandingMeasure } from './permit-standing.command.js';
import { permitStream } from '../domain/permit.decider.js';

/** The command each measure is, and the event and status it leads to. */
const MEASURES = {
  suspension: { command: 'SuspendPermit', event: 'PermitSuspended', status: 'suspended' },
  reinstatement: { command: 'ReinstatePermit', event: 'PermitReinstated', status: 'active' },
  cancellation: { command: 'CancelPermit', event: 'PermitCancelled', status: 'cancelled' },
} as const satisfies Record<StandingMeasure, { command: string; event: string; status: PermitStatus }>;

@CommandHandler(PermitStandingCommand)
export class PermitStandingHandler implements ICommandHandler<PermitStandingCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ measure, permitId, body, actor, idempotencyKey }: PermitStandingCommand): Promise<PermitStandingResponse> {
    assertMayChangeStanding(actor, await permitStream.loadExisting(this.store, permitId));
    const now = new Date();
    const { command: type, event, status } = MEASURES[measure];
    const command = { type, data: { permitId, authority: actor.organisation, reason: body.reason, at: body.at ?? now.toISOString() } } as SuspendPermit | ReinstatePermit | CancelPermit;
    const { id, requestDigest } = commandIdFor(`harvest/permit-${measure}/${permitId}`, actor, idempotencyKey, body);
    const taken = await permitStream.record(this.store, permitId, { id, command, actor, occurredAt: now.toISOString(), requestDigest }, event);
    return { ...taken, status };
  }
}
