import { Query } from '@nestjs/cqrs';
import type { HealthCheckResult } from '@nestjs/terminus';

/** Whether the process runs: it answers. */
export class LivenessQuery extends Query<HealthCheckResult> {}
