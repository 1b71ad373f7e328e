import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from './event-store.js';
import { openEventStore, type EventStoreConfig } from './open-event-store.js';

/** Injection token of the one EventStore of the process: `@Inject(EVENT_STORE) store: EventStore`. */
export const EVENT_STORE = Symbol('EventStore');

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config: EventStoreConfig): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [{ provide: EVENT_STORE, useFactory: () => openEventStore(config) }],
      exports: [EVENT_STORE],
    };
  }

  // The last shutdown phase, so subscriptions stopped in earlier phases release their ownership first.
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
