import { Query } from '@nestjs/cqrs';
import type { HealthCheckResult } from '@nestjs/terminus';

/** Whether the app can serve: its stores answer, its consumers keep up, its broker answers; each check's outcome. */
export class ReadinessQuery extends Query<HealthCheckResult> {}
