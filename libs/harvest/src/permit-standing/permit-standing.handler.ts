import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { CancelPermit, ReinstatePermit, SuspendPermit } from '../domain/permit.commands.js';
import type { PermitStatus } from '../domain/permit.js';
import { assertMayChangeStanding } from '../permit-access.js';
import { loadPermit, recordOnPermit } from '../permit-stream.js';
import type { PermitStandingMeasureDto } from './standing-measure.dto.js';
import type { PermitStandingResponse } from './standing.response.js';

/** What each measure is called in routes and idempotency scopes, the command it is and the event and status it leads to. */
const MEASURES = {
  suspension: { command: 'SuspendPermit', event: 'PermitSuspended', status: 'suspended' },
  reinstatement: { command: 'ReinstatePermit', event: 'PermitReinstated', status: 'active' },
  cancellation: { command: 'CancelPermit', event: 'PermitCancelled', status: 'cancelled' },
} as const satisfies Record<string, { command: string; event: string; status: PermitStatus }>;

export type StandingMeasure = keyof typeof MEASURES;

@Injectable()
export class PermitStandingHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(measure: StandingMeasure, permitId: string, body: PermitStandingMeasureDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<PermitStandingResponse> {
    assertMayChangeStanding(actor, await loadPermit(this.store, permitId));
    const now = new Date();
    const { command: type, event, status } = MEASURES[measure];
    const command = { type, data: { permitId, authority: actor.organisation, reason: body.reason, at: body.at ?? now.toISOString() } } as SuspendPermit | ReinstatePermit | CancelPermit;
    const { id, requestDigest } = commandIdFor(`harvest/permit-${measure}/${permitId}`, actor, idempotencyKey, body);
    const taken = await recordOnPermit(this.store, permitId, { id, command, actor, occurredAt: now.toISOString(), requestDigest }, event);
    return { ...taken, status };
  }
}
