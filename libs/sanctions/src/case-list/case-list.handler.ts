import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotActingFor, Role } from '#auth';
import { CASE_LIST, type CaseList } from './case-list.port.js';
import { CaseListQuery } from './case-list.query.js';
import type { CaseListResponse } from './case-list.response.js';

/** Async: a queue crosses every case's stream, so it reads a projection (eventually consistent, milliseconds behind). */
@QueryHandler(CaseListQuery)
export class CaseListHandler implements IQueryHandler<CaseListQuery> {
  constructor(@Inject(CASE_LIST) private readonly cases: CaseList) {}

  async execute({ params, actor }: CaseListQuery): Promise<CaseListResponse> {
    const limit = params.limit ?? 100;
    // A permit holder's cases are those against its RUC; a processor's, those at its facility; a carrier's, its loads'.
    if (actor.role !== Role.Regulator) return { cases: await this.cases.find({ party: actor.organisation, status: params.status, class: params.class }, limit) };
    const authority = params.authority ?? actor.organisation;
    if (authority !== actor.organisation) throw new NotActingFor(`A regulator of ${actor.organisation} sees ${actor.organisation}'s cases only, not ${authority}'s`, { authority, actor: { role: actor.role, organisation: actor.organisation } });
    return { cases: await this.cases.find({ authority, status: params.status, class: params.class }, limit) };
  }
}
