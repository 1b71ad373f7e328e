import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CitesPermitResponse } from './cites-permit.response.js';

/** A CITES permit as registered, and its revocation, as its reader may see it. */
export class CitesPermitViewQuery extends Query<CitesPermitResponse> {
  constructor(
    readonly number: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
