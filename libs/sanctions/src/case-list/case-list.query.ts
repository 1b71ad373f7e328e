import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CaseListParams } from './case-list.params.js';
import type { CaseListResponse } from './case-list.response.js';

/** A work queue: a regulator's authority's cases, or a party's own. */
export class CaseListQuery extends Query<CaseListResponse> {
  constructor(
    readonly params: CaseListParams,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
