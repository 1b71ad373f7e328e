import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotSummary } from '../lot-view/lot-view.js';
import type { MergeLotsDto } from './merge-lots.dto.js';

/** Merge lots kept by the caller into a new lot made of the volume each gives. */
export class MergeLotsCommand extends Command<LotSummary> {
  constructor(
    readonly body: MergeLotsDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
