import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { ProposeRouteQuery } from './propose-route.query.js';
import { RouteParams } from './route.params.js';
import { RouteResponse } from './route.response.js';

/** Drawn from public reference data alone, like the catalogues themselves: anyone planning a guide may ask. */
@ApiTags('reference data')
@Controller('routes')
@Public()
export class ProposeRouteController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The shortest way between two places over the roads in force at `at` (default now): its checkpoints in order, with km and arrival windows, as a guide\'s trajectory' })
  @ApiOkResponse({ type: RouteResponse })
  @ApiBadRequestResponse({ description: '`validation_failed` (`from`, `to`, `at`)' })
  @ApiNotFoundResponse({ description: '`unknown_place`, `no_route`, `no_reference_version_in_force`' })
  route(@Query() params: RouteParams): Promise<RouteResponse> {
    return this.queries.execute(new ProposeRouteQuery(params));
  }
}
