import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '#auth';
import { EventStoreModule, storeKind } from '#event-store';
import { MessagingModule } from '#messaging';
import { countingAppends, ObservabilityModule } from '#observability';
import { ProjectionsModule } from '#projections';
import type { StandaloneConfig } from './config.js';
import { HealthModule } from './health/health.module.js';
import { BrokerProbesModule } from './services/broker-probes.module.js';
import { InProcessLagModule } from './services/in-process-lag.module.js';
import { contextModules } from './services/contexts.js';

/** The configured bounded contexts (every one, standalone) in one process, sharing one event store; controllers reach use cases through the CQRS buses. */
@Module({})
export class AppModule {
  static forRoot(config: StandaloneConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        ObservabilityModule.forRoot(config.observability),
        countingAppends(EventStoreModule.forRoot(config.eventStore)),
        MessagingModule.forRoot(config.messaging),
        ProjectionsModule,
        AuthModule.forRoot(config.auth),
        HealthModule.forRoot(storeKind(config.eventStore)),
        (config.messaging.kafka ? BrokerProbesModule : InProcessLagModule).countingUpTo(config.observability.readyMaxLag),
        ...config.contexts.flatMap((context) => contextModules(context, config)),
      ],
    };
  }
}
