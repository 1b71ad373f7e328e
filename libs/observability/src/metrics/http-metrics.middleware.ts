import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AppMetrics, METRICS } from './app-metrics.js';
import { routeLabel } from './route-label.js';

/** Counts and times each request once answered, when the router has said which route it was. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(@Inject(METRICS) private readonly metrics: AppMetrics) {}

  use(request: IncomingMessage & { route?: { path?: unknown } }, response: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const labels = { method: request.method ?? 'UNKNOWN', route: routeLabel(request.route) };
      this.metrics.httpRequests.inc({ ...labels, status: String(response.statusCode) });
      this.metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  }
}
