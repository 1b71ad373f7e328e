import { Query } from '@nestjs/cqrs';
import type { HealthResponse } from './health-response.js';

/** Whether this process is up, and which event store it writes to. */
export class HealthQuery extends Query<HealthResponse> {}
