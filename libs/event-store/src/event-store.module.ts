import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { openStorage, type Storage, type StorageConfig } from './open-storage.js';

/** Injection token of the one EventStore of the process: `@Inject(EVENT_STORE) store: EventStore`. */
export const EVENT_STORE = Symbol('EventStore');
/** Injection token of the read models' database: `@Inject(READ_MODELS) db: ReadModelDatabase`. */
export const READ_MODELS = Symbol('ReadModelDatabase');
const STORAGE = Symbol('Storage');

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  static forRoot(config: StorageConfig): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        { provide: STORAGE, useFactory: () => openStorage(config) },
        { provide: EVENT_STORE, inject: [STORAGE], useFactory: (storage: Storage) => storage.store },
        { provide: READ_MODELS, inject: [STORAGE], useFactory: (storage: Storage) => storage.readModels },
      ],
      exports: [EVENT_STORE, READ_MODELS],
    };
  }

  // The last shutdown phase, so subscriptions stopped in earlier phases release their ownership first.
  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}
