import { Module, type DynamicModule } from '@nestjs/common';
import type { StoreKind } from '#event-store';
import { HealthController } from './health.controller.js';
import { HealthHandler, STORE_KIND } from './health.handler.js';

@Module({})
export class HealthModule {
  static forRoot(store: StoreKind): DynamicModule {
    return { module: HealthModule, controllers: [HealthController], providers: [HealthHandler, { provide: STORE_KIND, useValue: store }] };
  }
}
