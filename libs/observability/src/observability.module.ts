import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule, type OnModuleDestroy, Optional, RequestMethod } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { CONSUMERS, type ConsumerRegistry } from '#messaging';
import { READ_MODEL_REGISTRY, type ReadModelRegistry } from '#projections';
import { BUS_LAG, type LagSource } from './bus-lag.js';
import { HealthProbesController } from './health/health-probes.controller.js';
import { LivenessHandler, ReadinessHandler } from './health/probe.handlers.js';
import { ReadinessChecks } from './health/readiness-checks.js';
import { CorrelationScopeMiddleware } from './logging/correlation-scope.middleware.js';
import { loggerParams } from './logging/logger-params.js';
import { AppMetrics, METRICS } from './metrics/app-metrics.js';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsHandler } from './metrics/metrics.handler.js';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability-options.js';
import { drainHttpServer } from './shutdown/drain-http-server.js';

// Every path, written as nestjs-pino writes it for path-to-regexp v8.
const EVERY_ROUTE = { path: '{/*splat}', method: RequestMethod.ALL };

/**
 * What an operator reads of a running app: JSON logs with each request's correlation id, Prometheus metrics at
 * `/metrics`, liveness and readiness probes; and on shutdown the HTTP server drains before any module stops.
 */
@Global()
@Module({})
export class ObservabilityModule implements NestModule, OnModuleDestroy {
  constructor(@Optional() private readonly http?: HttpAdapterHost) {}

  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(options)), TerminusModule.forRoot({ logger: false })],
      controllers: [HealthProbesController, MetricsController],
      providers: [
        { provide: OBSERVABILITY_OPTIONS, useValue: options },
        {
          provide: METRICS,
          inject: [{ token: CONSUMERS, optional: true }, { token: BUS_LAG, optional: true }, { token: READ_MODEL_REGISTRY, optional: true }],
          // Lags are counted up to the readiness bound: a count runs through every event it counts, and a replay has many.
          useFactory: (consumers?: ConsumerRegistry, lag?: LagSource, registry?: ReadModelRegistry) =>
            new AppMetrics(consumers, lag, registry && { registry, lagUpTo: options.readyMaxLag }),
        },
        ReadinessChecks,
        LivenessHandler,
        ReadinessHandler,
        MetricsHandler,
      ],
      exports: [METRICS],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationScopeMiddleware, HttpMetricsMiddleware).forRoutes(EVERY_ROUTE);
  }

  // The first phase of shutdown: no request is still running when the bus and the store stop in the later ones.
  async onModuleDestroy(): Promise<void> {
    const server: unknown = this.http?.httpAdapter?.getHttpServer();
    if (server) await drainHttpServer(server as Parameters<typeof drainHttpServer>[0]);
  }
}
