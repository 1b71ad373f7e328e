import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { LotSummary } from '../lot-view/lot-view.js';
import type { ImmobiliseLotDto } from './immobilise-lot.dto.js';

/** Immobilise a lot under an infraction case, on behalf of the regulator's own authority. */
export class ImmobiliseLotCommand extends Command<LotSummary> {
  constructor(
    readonly lotId: string,
    readonly body: ImmobiliseLotDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
