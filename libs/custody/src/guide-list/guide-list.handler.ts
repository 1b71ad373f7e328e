import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertActs, Role } from '#auth';
import { party } from '../read-access.js';
import type { GuideListParams } from './guide-list.params.js';
import { GUIDE_LIST, type GuideList } from './guide-list.port.js';
import { GuideListQuery } from './guide-list.query.js';
import type { GuideListResponse } from './guide-list.response.js';

/** The filter each role may narrow to its own organisation only. */
const OWN_FILTER: Partial<Record<string, keyof GuideListParams>> = {
  [Role.PermitHolder]: 'holderTaxId',
  [Role.Processor]: 'destinationFacilityId',
  [Role.CheckpointOperator]: 'checkpoint',
};

/** Async: a list crosses every guide's stream, so it reads a projection (eventually consistent, milliseconds behind). */
@QueryHandler(GuideListQuery)
export class GuideListHandler implements IQueryHandler<GuideListQuery> {
  constructor(@Inject(GUIDE_LIST) private readonly guides: GuideList) {}

  async execute({ params, actor }: GuideListQuery): Promise<GuideListResponse> {
    const own = OWN_FILTER[actor.role];
    const named = own === undefined ? undefined : params[own];
    if (named !== undefined && typeof named === 'string') assertActs(actor, { role: actor.role, organisation: named }, 'list guides of');
    const { status, holderTaxId, destinationFacilityId, checkpoint } = params;
    const reader = actor.role === Role.Regulator ? undefined : party(actor.role, actor.organisation);
    const rows = await this.guides.find({ status, holderTaxId, destinationFacilityId, checkpoint, party: reader }, params.limit ?? 100);
    return { guides: rows.map(({ parties: _parties, expiresAtUtc: _utc, ...row }) => row) };
  }
}
