import { Module, type DynamicModule } from '@nestjs/common';
import { EventStoreModule, storeKind } from '#event-store';
import type { StandaloneConfig } from './config.js';
import { HealthModule } from './health/health.module.js';

/** Every bounded context in one process, sharing one event store. */
@Module({})
export class AppModule {
  static forRoot(config: StandaloneConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [EventStoreModule.forRoot(config.eventStore), HealthModule.forRoot(storeKind(config.eventStore))],
    };
  }
}
