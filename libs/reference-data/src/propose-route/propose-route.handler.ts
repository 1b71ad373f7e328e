import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { proposeRoute, TRAVEL_SPEEDS } from '../domain/route-proposal.js';
import { instantAsked } from '../read-catalogue/at.params.js';
import { NoVersionInForce } from '../versions/no-version-in-force.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { ProposeRouteQuery } from './propose-route.query.js';
import type { RouteResponse } from './route.response.js';

@QueryHandler(ProposeRouteQuery)
export class ProposeRouteHandler implements IQueryHandler<ProposeRouteQuery> {
  constructor(private readonly versions: ReferenceVersions) {}

  async execute({ params }: ProposeRouteQuery): Promise<RouteResponse> {
    const at = instantAsked(params);
    const [roads, checkpoints] = await Promise.all([this.versions.inForce('roads', at), this.versions.inForce('checkpoints', at)]);
    if (!roads) throw new NoVersionInForce('roads', at);
    if (!checkpoints) throw new NoVersionInForce('checkpoints', at);
    return {
      ...proposeRoute(roads.entries, checkpoints.entries, params.from, params.to),
      at: at.toISOString(),
      versions: { roads: roads.version, checkpoints: checkpoints.version },
      speeds: TRAVEL_SPEEDS,
    };
  }
}
