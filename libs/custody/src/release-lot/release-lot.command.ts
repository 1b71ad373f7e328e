import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotSummary } from '../lot-view/lot-view.js';
import type { ReleaseLotDto } from './release-lot.dto.js';

/** Release an immobilised lot from the case that holds it. */
export class ReleaseLotCommand extends Command<LotSummary> {
  constructor(
    readonly lotId: string,
    readonly body: ReleaseLotDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
