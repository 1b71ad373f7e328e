import { type DynamicModule, Global, Inject, type MiddlewareConsumer, Module, type NestModule, type OnModuleDestroy, type OnModuleInit, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import type { FastifyInstance } from 'fastify';
import { LoggerModule } from 'nestjs-pino';
import { CONSUMERS, type ConsumerRegistry } from '#messaging';
import { READ_MODEL_REGISTRY, type ReadModelRegistry } from '#projections';
import { BUS_LAG, type LagSource } from './bus-lag.js';
import { EVERY_ROUTE } from './every-route.js';
import { HealthProbesController } from './health/health-probes.controller.js';
import { LivenessHandler, ReadinessHandler } from './health/probe.handlers.js';
import { ReadinessChecks } from './health/readiness-checks.js';
import { CorrelationScopeMiddleware } from './logging/correlation-scope.middleware.js';
import { loggerParams } from './logging/logger-params.js';
import { AppMetrics, METRICS } from './metrics/app-metrics.js';
import { countHttpRequests } from './metrics/http-metrics.hook.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsHandler } from './metrics/metrics.handler.js';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability-options.js';
import { drainHttpServer } from './shutdown/drain-http-server.js';


/**
 * What an operator reads of a running app: JSON logs with each request's correlation id, Prometheus metrics at
 * `/metrics`, liveness and readiness probes; and on shutdown the HTTP server drains before any module stops.
 */
@Global()
@Module({})
export class ObservabilityModule implements NestModule, OnModuleInit, OnModuleDestroy {
  constructor(
    @Inject(METRICS) private readonly metrics: AppMetrics,
    @Optional() private readonly http?: HttpAdapterHost,
  ) {}

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
    consumer.apply(CorrelationScopeMiddleware).forRoutes(EVERY_ROUTE);
  }

  // Before the server is ready, when Fastify gives its routes their hooks: unmatched requests are counted too.
  onModuleInit(): void {
    this.http?.httpAdapter?.getInstance<FastifyInstance>().addHook('onResponse', countHttpRequests(this.metrics));
  }

  // The first phase of shutdown: no request is still running when the bus and the store stop in the later ones.
  async onModuleDestroy(): Promise<void> {
    const server: unknown = this.http?.httpAdapter?.getHttpServer();
    if (server) await drainHttpServer(server as Parameters<typeof drainHttpServer>[0]);
  }
}
