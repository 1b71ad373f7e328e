import { Module, type DynamicModule } from '@nestjs/common';
import type { StoreKind } from '#event-store';
import { HealthController, STORE_KIND } from './health.controller.js';

@Module({})
export class HealthModule {
  static forRoot(store: StoreKind): DynamicModule {
    return { module: HealthModule, controllers: [HealthController], providers: [{ provide: STORE_KIND, useValue: store }] };
  }
}
