import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { SplitLotDto } from './split-lot.dto.js';
import type { SplitLotResponse } from './split-lot.response.js';

/** Split a lot kept by the caller into new child lots. */
export class SplitLotCommand extends Command<SplitLotResponse> {
  constructor(
    readonly lotId: string,
    readonly body: SplitLotDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
