import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { PermitStandingMeasureDto } from './standing-measure.dto.js';
import type { PermitStandingResponse } from './standing.response.js';

/** What a measure is called in routes and idempotency scopes. */
export type StandingMeasure = 'suspension' | 'reinstatement' | 'cancellation';

/** Take a measure on a permit's standing: suspend, reinstate or cancel it. */
export class PermitStandingCommand extends Command<PermitStandingResponse> {
  constructor(
    readonly measure: StandingMeasure,
    readonly permitId: string,
    readonly body: PermitStandingMeasureDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
