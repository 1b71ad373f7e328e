import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { RecordTransformationDto } from './record-transformation.dto.js';
import type { TransformationResponse } from './transformation.response.js';

/** Record a transformation of delivered lots into products at a facility. */
export class RecordTransformationCommand extends Command<TransformationResponse> {
  constructor(
    readonly facilityId: string,
    readonly body: RecordTransformationDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
