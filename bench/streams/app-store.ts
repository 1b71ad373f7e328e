import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { EVENT_STORE, type EventStore, EventStoreModule, openStorage, type Storage, type StorageConfig } from '#event-store';
import type { StreamsBenchConfig } from './bench-config.js';

/** The app's `EVENT_STORE` on Postgres, and a store of its own (its own pool) for setup and reads alone. */
export class BenchStores {
  private constructor(
    /** What the app's handlers are given. */
    readonly app: EventStore,
    /** The same schema through another pool. */
    readonly unwrapped: EventStore,
    private readonly context: INestApplicationContext,
    private readonly storage: Storage,
  ) {}

  static async open(config: StreamsBenchConfig): Promise<BenchStores> {
    const storageConfig: StorageConfig = {
      databaseUrl: config.databaseUrl,
      databasePoolSize: config.poolSize,
      dataDir: '',
      schema: config.storeSchema,
      readModelSchema: config.storeSchema,
    };
    // Opened first: it creates the schema, so the app's module finds it migrated.
    const storage = await openStorage(storageConfig);
    const context = await NestFactory.createApplicationContext(EventStoreModule.forRoot(storageConfig), { logger: false });
    return new BenchStores(context.get<EventStore>(EVENT_STORE), storage.store, context, storage);
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.storage.close();
  }
}
