import type { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { type EventFilter, type EventStore, Resubscribing } from '#event-store';
import type { RecordedEvent } from '#shared-kernel';

export interface SubscriberOptions {
  /** The subscription's name: one owner, one checkpoint. */
  readonly name: string;
  readonly filter: EventFilter;
  readonly batchSize?: number;
}

/**
 * Reacts to recorded events through a checkpointed subscription that resubscribes after a failed batch, so a
 * crash or a fault between an event and its effects heals; effects must be idempotent. Started once every
 * module has registered, stopped before the store closes.
 */
export abstract class CheckpointedSubscriber implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected abstract readonly logger: Logger;
  private readonly subscription: Resubscribing;

  protected constructor(
    protected readonly store: EventStore,
    { name, filter, batchSize = 100 }: SubscriberOptions,
  ) {
    this.subscription = new Resubscribing(store, {
      name,
      filter,
      batchSize,
      handle: (events) => this.handle(events),
      onError: (error) => this.logger.error(`batch failed, retrying from the checkpoint: ${String(error)}`),
    });
  }

  protected abstract handle(events: readonly RecordedEvent[]): Promise<void>;

  onApplicationBootstrap(): void {
    this.subscription.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.subscription.stop();
  }

  /** Resolves once every event committed before the call has been handled. */
  caughtUp(timeoutMs?: number): Promise<void> {
    return this.subscription.caughtUp(timeoutMs);
  }
}
