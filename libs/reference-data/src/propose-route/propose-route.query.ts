import { Query } from '@nestjs/cqrs';
import type { RouteParams } from './route.params.js';
import type { RouteResponse } from './route.response.js';

/** The shortest way between two places over the roads in force at an instant, with its checkpoints and their windows. */
export class ProposeRouteQuery extends Query<RouteResponse> {
  constructor(readonly params: RouteParams) {
    super();
  }
}
