import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { CaseListParams } from './case-list.params.js';
import { CaseListQuery } from './case-list.query.js';
import { CaseListResponse } from './case-list.response.js';

@ApiTags('cases')
@Controller('cases')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.Carrier)
export class CaseListController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: "Infraction cases: a regulator's authority's work queue, a permit holder's own cases",
    description: "A regulator asking for another authority's cases is refused with 403 `not_acting_for`. Eventually consistent with commands (milliseconds).",
  })
  @ApiOkResponse({ type: CaseListResponse })
  list(@Query() params: CaseListParams, @CurrentActor() actor: AuthenticatedActor): Promise<CaseListResponse> {
    return this.queries.execute(new CaseListQuery(params, actor));
  }
}
