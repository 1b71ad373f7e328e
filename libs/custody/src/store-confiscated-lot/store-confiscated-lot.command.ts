import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotSummary } from '../lot-view/lot-view.js';
import type { StoreConfiscatedLotDto } from './store-confiscated-lot.dto.js';

/** Take a confiscated lot into the authority's warehouse. */
export class StoreConfiscatedLotCommand extends Command<LotSummary> {
  constructor(
    readonly lotId: string,
    readonly body: StoreConfiscatedLotDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
