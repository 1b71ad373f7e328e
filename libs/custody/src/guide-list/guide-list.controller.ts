import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { GuideListParams } from './guide-list.params.js';
import { GuideListQuery } from './guide-list.query.js';
import { GuideListResponse } from './guide-list.response.js';

@ApiTags('guides')
@Controller('guides')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.CheckpointOperator, Role.Exporter)
export class GuideListController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Guides, filtered by status, holder, destination or checkpoint: regulators any, everyone else the guides that concern them',
    description:
      "A permit holder lists the guides naming its RUC, a processor those from or to its facility, a checkpoint operator those past its checkpoint, an exporter those consigned to it. Naming another organisation in one's own filter (`holderTaxId`, `destinationFacilityId`, `checkpoint`) is refused with 403 `not_acting_for`. Eventually consistent with commands (milliseconds).",
  })
  @ApiOkResponse({ type: GuideListResponse })
  list(@Query() params: GuideListParams, @CurrentActor() actor: AuthenticatedActor): Promise<GuideListResponse> {
    return this.queries.execute(new GuideListQuery(params, actor));
  }
}
