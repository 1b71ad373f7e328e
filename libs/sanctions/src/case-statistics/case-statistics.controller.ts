import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { CaseStatisticsParams } from './case-statistics.params.js';
import { CaseStatisticsQuery } from './case-statistics.query.js';
import { CaseStatisticsResponse } from './case-statistics.response.js';

@ApiTags('cases')
@Controller('case-statistics')
@Roles(Role.Regulator)
export class CaseStatisticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: "A regulator's authority's infraction cases counted: by class, conduct, species, checkpoint, month of the facts, status and outcome, with the m³ immobilised, seized and confiscated",
    description: "A regulator asking for another authority's figures is refused with 403 `not_acting_for`. Eventually consistent with commands (milliseconds).",
  })
  @ApiOkResponse({ type: CaseStatisticsResponse })
  @ApiBadRequestResponse({ description: '`validation_failed` (a month not YYYY-MM), `period_reversed`' })
  statistics(@Query() params: CaseStatisticsParams, @CurrentActor() actor: AuthenticatedActor): Promise<CaseStatisticsResponse> {
    return this.queries.execute(new CaseStatisticsQuery(params, actor));
  }
}
