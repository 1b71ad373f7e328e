import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { PermitBalanceResponse, PermitViewResponse } from './permit-view.responses.js';

/** A permit as its reader may see it. */
export class PermitViewQuery extends Query<PermitViewResponse> {
  constructor(
    readonly permitId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** A permit's balance per plan and species. */
export class PermitBalanceQuery extends Query<PermitBalanceResponse> {
  constructor(
    readonly permitId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
