import { type AppMetrics } from './app-metrics.js';
import { routeLabel } from './route-label.js';

interface AnsweredRequest {
  readonly method: string;
  readonly routeOptions: { readonly url?: string };
}

/** A response hook counting and timing each request once answered, by the route the router matched. */
export function countHttpRequests(metrics: AppMetrics) {
  return (request: AnsweredRequest, reply: { readonly statusCode: number; readonly elapsedTime: number }, done: () => void): void => {
    const labels = { method: request.method, route: routeLabel(request.routeOptions.url) };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  };
}
