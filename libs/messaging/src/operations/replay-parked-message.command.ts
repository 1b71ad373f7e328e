import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ReplayOutcome } from '../delivery/consumer-delivery.js';

/** Hand a consumer's parked message to it again, then the messages of its stream parked behind it, in order. */
export class ReplayParkedMessageCommand extends Command<ReplayOutcome> {
  constructor(
    readonly name: string,
    readonly messageId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
