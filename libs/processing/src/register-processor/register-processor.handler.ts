import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { assertNotDisqualified, eventOfType, peruDateOf, type StreamStore } from '#shared-kernel';
import { partyDisqualificationStream } from '../domain/party-disqualification.js';
import type { RegisterProcessor } from '../domain/processor.commands.js';
import type { ProcessorRegistered } from '../domain/processor.events.js';
import { pointOf } from '../dtos/point.dto.js';
import { assertMayRegister } from '../processor-access.js';
import { processorStream } from '../domain/processor.decider.js';
import { RegisterProcessorCommand } from './register-processor.command.js';

@CommandHandler(RegisterProcessorCommand)
export class RegisterProcessorHandler implements ICommandHandler<RegisterProcessorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ body, actor, idempotencyKey }: RegisterProcessorCommand): Promise<ProcessorRegistered['data']> {
    // A regional authority authorises in its own name; SERFOR may record another authority's act.
    const authority = body.authority ?? actor.organisation;
    assertMayRegister(actor, authority);
    const { facilityId, holderTaxId, kind, resolution, validity } = body;
    const command: RegisterProcessor = {
      type: 'RegisterProcessor',
      data: { facilityId, holderTaxId, kind, authority, resolution, validity: { from: validity.from, until: validity.until }, position: pointOf(body.position) },
    };
    const { id, requestDigest } = commandIdFor(`processing/register-processor/${facilityId}`, actor, idempotencyKey, body);
    const occurredAt = new Date().toISOString();
    // Checked once a replay is ruled out: a retry of a processor registered before the disqualification answers it.
    const pending = async () => {
      assertNotDisqualified(await partyDisqualificationStream.load(this.store, holderTaxId), peruDateOf(occurredAt));
      return command;
    };
    const { events } = await processorStream.handle(this.store, facilityId, { id, command: pending, actor, occurredAt, requestDigest });
    const registered = eventOfType(events, 'ProcessorRegistered');
    if (!registered) throw new Error(`RegisterProcessor on processor ${facilityId} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);
    return registered.data;
  }
}
