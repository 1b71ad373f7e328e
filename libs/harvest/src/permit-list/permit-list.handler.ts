import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Role } from '#auth';
import type { ReadModel } from '#projections';
import { assertMayRead } from '../permit-access.js';
import type { PermitView } from '../permit-view/permit-view.js';
import { PermitListQuery } from './permit-list.query.js';
import type { PermitListResponse } from './permit-list.response.js';

/** Injection token of the permit list read model. */
export const PERMIT_LIST = Symbol('PermitList');

/** Async: a list crosses every permit's stream, so it reads a projection (eventually consistent, milliseconds behind). */
@QueryHandler(PermitListQuery)
export class PermitListHandler implements IQueryHandler<PermitListQuery> {
  constructor(@Inject(PERMIT_LIST) private readonly permits: ReadModel<PermitView>) {}

  async execute({ params, actor }: PermitListQuery): Promise<PermitListResponse> {
    const holderTaxId = params.holderTaxId ?? (actor.role === Role.PermitHolder ? actor.organisation : undefined);
    if (holderTaxId !== undefined) assertMayRead(actor, holderTaxId);
    const filter = { holderTaxId, authority: params.authority, status: params.status };
    const containing = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    return { permits: await this.permits.rows.find(containing, params.limit ?? 100) };
  }
}
