import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ProcessorBalanceResponse, ProcessorViewResponse, TransformationHistoryResponse } from './processor-view.responses.js';

/** A processor's authorisation, standing and the lots it holds. */
export class ProcessorViewQuery extends Query<ProcessorViewResponse> {
  constructor(
    readonly facilityId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** A processor's cumulative input and output, and its yield. */
export class ProcessorBalanceQuery extends Query<ProcessorBalanceResponse> {
  constructor(
    readonly facilityId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** Every transformation a processor recorded. */
export class TransformationHistoryQuery extends Query<TransformationHistoryResponse> {
  constructor(
    readonly facilityId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
