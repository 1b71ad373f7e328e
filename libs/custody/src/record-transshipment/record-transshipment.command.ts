import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { RecordTransshipmentDto } from './record-transshipment.dto.js';
import type { TransshipmentResponse } from './transshipment.response.js';

/** Record that lots of a guide went on in another truck. */
export class RecordTransshipmentCommand extends Command<TransshipmentResponse> {
  constructor(
    readonly guideNumber: string,
    readonly body: RecordTransshipmentDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
