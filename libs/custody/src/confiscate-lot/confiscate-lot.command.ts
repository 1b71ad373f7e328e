import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotSummary } from '../lot-view/lot-view.js';
import type { ConfiscateLotDto } from './confiscate-lot.dto.js';

/** Confiscate a lot under a case (decomiso, final). */
export class ConfiscateLotCommand extends Command<LotSummary> {
  constructor(
    readonly lotId: string,
    readonly body: ConfiscateLotDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
