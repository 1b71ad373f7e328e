import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AppMetrics, METRICS } from './app-metrics.js';
import { MetricsQuery } from './metrics.query.js';

@QueryHandler(MetricsQuery)
export class MetricsHandler implements IQueryHandler<MetricsQuery> {
  constructor(@Inject(METRICS) private readonly metrics: AppMetrics) {}

  execute(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
