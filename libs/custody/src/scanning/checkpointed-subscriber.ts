import type { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EventFilter, EventStore, Subscription } from '#event-store';
import type { RecordedEvent } from '#shared-kernel';

export interface SubscriberOptions {
  /** The subscription's name: one owner, one checkpoint. */
  readonly name: string;
  readonly filter: EventFilter;
  readonly batchSize?: number;
  /** Wait before resubscribing after a failed batch. */
  readonly retryDelayMs?: number;
}

/**
 * Reacts to recorded events through a checkpointed subscription: a batch that fails is retried from the
 * checkpoint after a pause, so a crash or a fault between an event and its effects heals; effects must be idempotent.
 * Started once every module has registered, stopped before the store closes.
 */
export abstract class CheckpointedSubscriber implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected abstract readonly logger: Logger;
  private subscription?: Subscription;
  private stopped = true;
  private retry?: NodeJS.Timeout;

  protected constructor(
    protected readonly store: EventStore,
    private readonly options: SubscriberOptions,
  ) {}

  protected abstract handle(events: readonly RecordedEvent[]): Promise<void>;

  onApplicationBootstrap(): void {
    this.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  start(): void {
    this.stopped = false;
    const subscription = this.store.subscribe({ name: this.options.name, filter: this.options.filter, batchSize: this.options.batchSize ?? 100, handle: (events) => this.handle(events) });
    this.subscription = subscription;
    subscription.done.catch((error: unknown) => {
      if (this.stopped || this.subscription !== subscription) return;
      this.logger.error(`batch failed, retrying from the checkpoint: ${String(error)}`);
      this.retry = setTimeout(() => this.stopped || this.start(), this.options.retryDelayMs ?? 1000);
    });
  }

  /** Resolves once every event committed before the call has been handled. */
  caughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) return Promise.reject(new Error(`${this.options.name} is not running`));
    return this.subscription.caughtUp(timeoutMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.subscription?.stop();
    this.subscription = undefined;
  }
}
