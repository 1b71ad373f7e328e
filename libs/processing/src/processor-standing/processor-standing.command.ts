import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ProcessorStandingMeasureDto } from './standing-measure.dto.js';
import type { ProcessorStandingResponse } from './standing.response.js';

/** What a measure is called in routes and idempotency scopes. */
export type StandingMeasure = 'suspension' | 'reinstatement';

/** Take a measure on a processor's standing: suspend or reinstate it. */
export class ProcessorStandingCommand extends Command<ProcessorStandingResponse> {
  constructor(
    readonly measure: StandingMeasure,
    readonly facilityId: string,
    readonly body: ProcessorStandingMeasureDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
