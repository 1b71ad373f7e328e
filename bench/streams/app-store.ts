import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { EVENT_STORE, type EventStore, EventStoreModule, openStorage, type Storage, type StorageConfig } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import { RememberingEventStore } from '../../libs/event-store/src/remembering-event-store.js';
import type { StreamsBenchConfig } from './bench-config.js';

/** The app's `EVENT_STORE` (Postgres in the app's memory of streams), and the same store unwrapped for setup, reads alone and cold commands. */
export class BenchStores {
  private constructor(
    /** What the app's handlers are given. */
    readonly app: EventStore,
    /** Below the app's memory: every read goes to Postgres. */
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

  /** A memory of its own, as a process just started has: its first command on a stream reads all of it. */
  cold(): StreamStore {
    return new RememberingEventStore(this.unwrapped);
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.storage.close();
  }
}
