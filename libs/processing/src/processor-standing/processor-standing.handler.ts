import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { ReinstateProcessor, SuspendProcessor } from '../domain/processor.commands.js';
import { assertMayChangeStanding } from '../processor-access.js';
import { processorStream } from '../domain/processor.decider.js';
import { loadProcessor } from '../processor-record.js';
import type { ProcessorStandingResponse } from './standing.response.js';
import { ProcessorStandingCommand, type StandingMeasure } from './processor-standing.command.js';

/** The command each measure is, and the event and standing it leads to. */
const MEASURES = {
  suspension: { command: 'SuspendProcessor', event: 'ProcessorSuspended', standing: 'suspended' },
  reinstatement: { command: 'ReinstateProcessor', event: 'ProcessorReinstated', standing: 'authorised' },
} as const satisfies Record<StandingMeasure, { command: string; event: string; standing: string }>;

@CommandHandler(ProcessorStandingCommand)
export class ProcessorStandingHandler implements ICommandHandler<ProcessorStandingCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ measure, facilityId, body, actor, idempotencyKey }: ProcessorStandingCommand): Promise<ProcessorStandingResponse> {
    const { registration } = await loadProcessor(this.store, facilityId);
    assertMayChangeStanding(actor, facilityId, registration.authority);
    const now = new Date().toISOString();
    const { command: type, event, standing } = MEASURES[measure];
    const command = { type, data: { reason: body.reason, authority: actor.organisation, at: body.at ?? now } } as SuspendProcessor | ReinstateProcessor;
    const { id, requestDigest } = commandIdFor(`processing/processor-${measure}/${facilityId}`, actor, idempotencyKey, body);
    const taken = await processorStream.record(this.store, facilityId, { id, command, actor, occurredAt: command.data.at, requestDigest }, event);
    return { facilityId, standing, authority: taken.authority, reason: taken.reason, at: taken.at };
  }
}
