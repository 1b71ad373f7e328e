import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { HealthResponse } from './health-response.js';
import { HealthQuery } from './health.query.js';

/** Public: load balancers and operators probe it without credentials. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse })
  health(): Promise<HealthResponse> {
    return this.queries.execute(new HealthQuery());
  }
}
