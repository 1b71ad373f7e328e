import { Query } from '@nestjs/cqrs';
import type { DisqualificationRegisterParams } from './disqualification-register.params.js';
import type { DisqualificationRegisterResponse } from './disqualification-register.response.js';

/** The parties final sanctions disqualify. */
export class DisqualificationRegisterQuery extends Query<DisqualificationRegisterResponse> {
  constructor(readonly params: DisqualificationRegisterParams) {
    super();
  }
}
