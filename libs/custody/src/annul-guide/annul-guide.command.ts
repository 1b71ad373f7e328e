import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { GuideClosureResponse } from './guide-closure.response.js';
import type { AnnulGuideDto } from './annul-guide.dto.js';

/** Annul an issued guide for good, then send each of its lots back where it left from. */
export class AnnulGuideCommand extends Command<GuideClosureResponse> {
  constructor(
    readonly guideNumber: string,
    readonly body: AnnulGuideDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
