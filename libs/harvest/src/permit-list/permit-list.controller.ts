import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { PermitListParams } from './permit-list.params.js';
import { PermitListQuery } from './permit-list.query.js';
import { PermitListResponse } from './permit-list.response.js';

@ApiTags('permits')
@Controller('permits')
@Roles(Role.Regulator, Role.PermitHolder)
export class PermitListController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Permits, filtered by holder, authority or status: regulators any, a permit holder its own only',
    description: 'A permit holder asking for another holder is refused with 403 `not_acting_for`. Eventually consistent with commands (milliseconds).',
  })
  @ApiOkResponse({ type: PermitListResponse })
  list(@Query() params: PermitListParams, @CurrentActor() actor: AuthenticatedActor): Promise<PermitListResponse> {
    return this.queries.execute(new PermitListQuery(params, actor));
  }
}
