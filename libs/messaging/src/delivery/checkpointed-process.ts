import { type BeforeApplicationShutdown, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventFilter, EventStore } from '#event-store';
import type { Delivery } from '../integration-message.js';
import type { DeliveryOptions } from './consumer-delivery.js';
import type { ConsumerRegistry } from './consumer-registry.js';
import { SubscribedDelivery } from './subscribed-delivery.js';

export interface ProcessOptions {
  /** The subscription's and the consumer's name: one owner, one checkpoint, one list of parked events. */
  readonly name: string;
  readonly filter: EventFilter;
  readonly batchSize?: number;
  readonly delivery?: DeliveryOptions;
}

/**
 * A context's reaction to its own recorded events (a workflow's next steps, a scan's effect on its lots), delivered
 * like a consumer's messages: in order per stream, retried, parked when it keeps failing, listed for operators.
 * Started once every module has registered, stopped before the store closes. Effects must be keyed by the event id.
 */
export abstract class CheckpointedProcess implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly delivery: SubscribedDelivery;

  protected constructor(
    protected readonly store: EventStore,
    registry: ConsumerRegistry,
    { name, filter, batchSize, delivery }: ProcessOptions,
  ) {
    const logger = new Logger(name);
    this.delivery = new SubscribedDelivery<Delivery>(
      store,
      {
        name,
        subscription: name,
        filter,
        ...(batchSize === undefined ? {} : { batchSize }),
        ...(delivery === undefined ? {} : { delivery }),
        toDeliveries: async (events) => events,
        handle: (event) => this.handle(event),
      },
      (error) => logger.error(`batch failed, resubscribing from the checkpoint: ${String(error)}`),
    );
    registry.set(this.delivery);
  }

  /** One recorded event; only its delivery fields are kept when it is parked, so a replay hands over the same. */
  protected abstract handle(event: Delivery): Promise<void>;

  onApplicationBootstrap(): void {
    this.delivery.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.delivery.stop();
  }

  /** Resolves once every event committed before the call has been handled or parked. */
  caughtUp(timeoutMs?: number): Promise<void> {
    return this.delivery.caughtUp(timeoutMs);
  }
}
