import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { GuideListParams } from './guide-list.params.js';
import type { GuideListResponse } from './guide-list.response.js';

/** Guides filtered by status, holder, destination or checkpoint, as their reader may see them. */
export class GuideListQuery extends Query<GuideListResponse> {
  constructor(
    readonly params: GuideListParams,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
