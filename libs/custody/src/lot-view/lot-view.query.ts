import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotView } from './lot-view.js';

/** A lot's current state, its lineage one level up and down and its history, as its reader may see it. */
export class LotViewQuery extends Query<LotView> {
  constructor(
    readonly lotId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
