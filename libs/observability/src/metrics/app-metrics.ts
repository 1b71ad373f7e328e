import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ConsumerRegistry } from '#messaging';
import type { ReadModelRegistry } from '#projections';
import type { LagSource } from '../bus-lag.js';
import { streamCategory } from './stream-category.js';

/** Injection token of the app's `AppMetrics`. */
export const METRICS = Symbol('AppMetrics');

/** The app's metrics in a registry of its own, so two apps in one process (tests) never share a series. */
export class AppMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route template',
    labelNames: ['method', 'route'] as const,
    registers: [this.registry],
  });
  private readonly eventsAppended = new Counter({
    name: 'events_appended_total',
    help: 'Events appended to the event store, by stream category',
    labelNames: ['stream_category'] as const,
    registers: [this.registry],
  });

  constructor(consumers: ConsumerRegistry | undefined, lagSource: LagSource | undefined, readModels?: { readonly registry: ReadModelRegistry; readonly lagUpTo: number }) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'messages_parked',
      help: 'Messages parked for the operator, by consumer',
      labelNames: ['consumer'] as const,
      registers: [this.registry],
      // Read at scrape time: the parked messages are events, the registry their only count.
      async collect() {
        this.reset();
        for (const handle of consumers?.all() ?? []) this.set({ consumer: handle.name }, (await handle.parked()).length);
      },
    });
    new Gauge({
      name: 'consumer_lag',
      help: 'Messages a consumer is behind, by consumer (in-process: events of the store)',
      labelNames: ['consumer'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { consumer, messages } of (await lagSource?.lag()) ?? []) this.set({ consumer }, messages);
      },
    });
    new Gauge({
      name: 'projection_lag',
      help: 'Events committed after a projection\'s position that it folds, readable yet or not, counted up to the readiness bound, by projection',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        if (!readModels) return;
        for (const model of readModels.registry.all()) if (model.lifecycle === 'async') this.set({ projection: model.name }, await model.lag(readModels.lagUpTo));
      },
    });
    new Gauge({
      name: 'relay_lag',
      help: 'Events stored but not yet published to the broker, by relay (where the bus tells)',
      labelNames: ['relay'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { relay, events } of (await lagSource?.relayLag?.()) ?? []) this.set({ relay }, events);
      },
    });
    new Gauge({
      name: 'dead_letters',
      help: 'Messages copied to the dead-letter topic since the process started, by consumer (where the bus tells)',
      labelNames: ['consumer'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { consumer, messages } of lagSource?.deadLettered?.() ?? []) this.set({ consumer }, messages);
      },
    });
  }

  countAppended(streamId: string, events: number): void {
    this.eventsAppended.inc({ stream_category: streamCategory(streamId) }, events);
  }
}
