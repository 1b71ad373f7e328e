import { ServiceUnavailableException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { LivenessQuery } from './liveness.query.js';
import { ReadinessChecks } from './readiness-checks.js';
import { ReadinessQuery } from './readiness.query.js';

@QueryHandler(LivenessQuery)
export class LivenessHandler implements IQueryHandler<LivenessQuery> {
  constructor(private readonly health: HealthCheckService) {}

  execute(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }
}

@QueryHandler(ReadinessQuery)
export class ReadinessHandler implements IQueryHandler<ReadinessQuery> {
  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: ReadinessChecks,
  ) {}

  async execute(): Promise<HealthCheckResult> {
    try {
      return await this.health.check(this.checks.all());
    } catch (error) {
      // Terminus throws to say "not ready": an outcome of the query, answered by the controller as such.
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    }
  }
}
