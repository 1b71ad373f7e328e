import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { GuideClosureResponse } from '../annul-guide/guide-closure.response.js';
import type { DeliverGuideDto } from './deliver-guide.dto.js';

/** Take delivery of a guide's load at the caller's facility. */
export class DeliverGuideCommand extends Command<GuideClosureResponse> {
  constructor(
    readonly guideNumber: string,
    readonly body: DeliverGuideDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
