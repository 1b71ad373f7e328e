import { Controller, Get, HttpStatus } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';
import { Public } from '#auth';
import { LivenessQuery } from './liveness.query.js';
import { ReadinessQuery } from './readiness.query.js';

/** Public: the orchestrator probes without credentials. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthProbesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process runs' })
  live(): Promise<HealthCheckResult> {
    return this.queries.execute(new LivenessQuery());
  }

  @Get('ready')
  @ApiOkResponse({ description: 'Every check is up: send traffic' })
  @ApiServiceUnavailableResponse({ description: '`not_ready`, with each check in `details`: send no traffic' })
  async ready(): Promise<HealthCheckResult | Response> {
    const result = await this.queries.execute(new ReadinessQuery());
    if (result.status === 'ok') return result;
    // An answer, not a fault of ours to log: in the app's error contract, each check's outcome kept.
    const body = { error: 'not_ready', message: `Not ready: ${Object.keys(result.error ?? {}).join(', ')}`, details: result.details };
    return Response.json(body, { status: HttpStatus.SERVICE_UNAVAILABLE });
  }
}
