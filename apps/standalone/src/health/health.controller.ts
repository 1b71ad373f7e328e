import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import type { StoreKind } from '#event-store';
import { HealthResponse } from './health-response.js';

export const STORE_KIND = Symbol('StoreKind');

/** Public: load balancers and operators probe it without credentials. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(STORE_KIND) private readonly store: StoreKind) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse })
  health(): HealthResponse {
    return new HealthResponse(this.store);
  }
}
