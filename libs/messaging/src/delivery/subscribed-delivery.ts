import { type EventFilter, type EventStore, Resubscribing } from '#event-store';
import type { Actor, RecordedEvent } from '#shared-kernel';
import type { Delivery } from '../integration-message.js';
import type { ParkedMessage } from '../parking/parked-messages.js';
import { type ConsumerHandle, ConsumerDelivery, type DeliveryOptions, type ReplayOutcome } from './consumer-delivery.js';

export interface SubscribedDeliveryOptions<M extends Delivery> {
  /** The consumer: names its parked messages and its log lines. */
  readonly name: string;
  /** The store subscription that keeps its position. */
  readonly subscription: string;
  readonly filter: EventFilter;
  readonly batchSize?: number;
  /** Pause before resubscribing from the checkpoint after a batch failed (the store unreachable, say). */
  readonly resubscribeDelayMs?: number;
  readonly delivery?: DeliveryOptions;
  /** What the consumer is handed for a batch of recorded events. */
  toDeliveries(events: readonly RecordedEvent[]): Promise<readonly M[]>;
  handle(message: M): Promise<void>;
}

/**
 * One consumer over the store's log: its own checkpointed subscription, advanced once every message of a batch is
 * handled or parked, so a restart loses nothing; a failed batch resubscribes from the checkpoint after a pause.
 */
export class SubscribedDelivery<M extends Delivery = Delivery> implements ConsumerHandle {
  readonly name: string;
  private readonly delivery: ConsumerDelivery<M>;
  private readonly subscription: Resubscribing;

  constructor(store: EventStore, options: SubscribedDeliveryOptions<M>, onError: (error: unknown) => void) {
    this.name = options.name;
    this.delivery = new ConsumerDelivery(store, options.name, (message) => options.handle(message), options.delivery);
    this.subscription = new Resubscribing(store, {
      name: options.subscription,
      filter: options.filter,
      batchSize: options.batchSize ?? 100,
      handle: async (events) => this.delivery.deliver(await options.toDeliveries(events)),
      ...(options.resubscribeDelayMs === undefined ? {} : { retryDelayMs: options.resubscribeDelayMs }),
      onError,
    });
  }

  start(): void {
    this.subscription.start();
  }

  stop(): Promise<void> {
    return this.subscription.stop();
  }

  /** Resolves once every event committed before the call has been handled or parked. */
  caughtUp(timeoutMs?: number): Promise<void> {
    return this.subscription.caughtUp(timeoutMs);
  }

  /** Events committed after its position that it has yet to be handed, counted up to `upTo`: the in-process bus's lag of this consumer. */
  lag(upTo?: number): Promise<number> {
    return this.subscription.lag(upTo);
  }

  parked(): Promise<readonly ParkedMessage[]> {
    return this.delivery.parked();
  }

  replay(messageId: string, actor: Actor): Promise<ReplayOutcome> {
    return this.delivery.replay(messageId, actor);
  }
}
