import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Role } from '#auth';
import { assertMayRead } from '../permit-access.js';
import { PERMIT_LIST, type PermitList } from './permit-list.port.js';
import { PermitListQuery } from './permit-list.query.js';
import type { PermitListResponse } from './permit-list.response.js';

/** Async: a list crosses every permit's stream, so it reads a projection (eventually consistent, milliseconds behind). */
@QueryHandler(PermitListQuery)
export class PermitListHandler implements IQueryHandler<PermitListQuery> {
  constructor(@Inject(PERMIT_LIST) private readonly permits: PermitList) {}

  async execute({ params, actor }: PermitListQuery): Promise<PermitListResponse> {
    const holderTaxId = params.holderTaxId ?? (actor.role === Role.PermitHolder ? actor.organisation : undefined);
    if (holderTaxId !== undefined) assertMayRead(actor, holderTaxId);
    return { permits: await this.permits.find({ holderTaxId, authority: params.authority, status: params.status }, params.limit ?? 100) };
  }
}
