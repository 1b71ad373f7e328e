import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { PermitListParams } from './permit-list.params.js';
import type { PermitListResponse } from './permit-list.response.js';

/** Permits filtered by holder, authority or status, as their reader may see them. */
export class PermitListQuery extends Query<PermitListResponse> {
  constructor(
    readonly params: PermitListParams,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
