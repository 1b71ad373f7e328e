import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import type { StreamStore } from '#shared-kernel';
import { assertMayReadCitesPermit } from '../cites-permit-access.js';
import { CitesPermitViewQuery } from './cites-permit-view.query.js';
import { type CitesPermitResponse, citesPermitResponse } from './cites-permit.response.js';
import { citesPermitStream } from '../domain/cites-permit.decider.js';
import { loadCitesPermit } from '../registered-cites-permit.js';

/** Live: folded from the permit's stream on each read, so a revocation shows at once. */
export const CITES_PERMIT_VIEW = liveView('custody_cites_permit', citesPermitStream.streamId('*'));

@QueryHandler(CitesPermitViewQuery)
export class CitesPermitViewHandler implements IQueryHandler<CitesPermitViewQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ number, actor }: CitesPermitViewQuery): Promise<CitesPermitResponse> {
    const { permit, revoked } = await loadCitesPermit(this.store, number);
    assertMayReadCitesPermit(actor, permit);
    return citesPermitResponse(permit, revoked);
  }
}
