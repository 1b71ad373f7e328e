import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotSummary } from '../lot-view/lot-view.js';
import type { DisposeConfiscatedLotDto } from './dispose-confiscated-lot.dto.js';

/** Auction or donate a confiscated lot. */
export class DisposeConfiscatedLotCommand extends Command<LotSummary> {
  constructor(
    readonly lotId: string,
    readonly body: DisposeConfiscatedLotDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
