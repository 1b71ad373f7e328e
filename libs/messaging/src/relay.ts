import type { EventStore, Subscription } from '#event-store';
import { type RecordedEvent, uuidFromName } from '#shared-kernel';
import type { IntegrationEvent, IntegrationMessage } from './integration-message.js';
import type { MessageBus } from './message-bus.js';

/** What one context publishes: which of its recorded events matter, and the integration events each becomes. */
export interface Publication {
  /** The context's name: the relay's subscription is `relay.<name>`. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  publish(event: RecordedEvent): readonly IntegrationEvent[];
}

export interface RelayOptions {
  readonly batchSize?: number;
  /** Wait before resubscribing after a failed batch. */
  readonly retryDelayMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * The store → bus relay of one context: a checkpointed subscription that publishes a batch and then
 * checkpoints it, so delivery is at-least-once; a failed batch is retried from the checkpoint.
 */
export class Relay {
  private subscription?: Subscription;
  private stopped = true;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly bus: MessageBus,
    private readonly publication: Publication,
    private readonly options: RelayOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    const subscription = this.store.subscribe({
      name: `relay.${this.publication.name}`,
      filter: { eventTypes: this.publication.eventTypes },
      batchSize: this.options.batchSize ?? 100,
      handle: (events) => this.bus.publish(events.flatMap((event) => messagesOf(event, this.publication))),
    });
    this.subscription = subscription;
    subscription.done.catch((error: unknown) => {
      if (this.stopped || this.subscription !== subscription) return;
      this.options.onError?.(error);
      this.retry = setTimeout(() => this.stopped || this.start(), this.options.retryDelayMs ?? 1000);
    });
  }

  /** Resolves once every event committed before the call has been published. */
  caughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) return Promise.reject(new Error(`Relay ${this.publication.name} is not running`));
    return this.subscription.caughtUp(timeoutMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.subscription?.stop();
    this.subscription = undefined;
  }
}

/** Ids derive from the recorded event's, so a redelivered message is recognised by its consumers. */
export function messagesOf(event: RecordedEvent, publication: Pick<Publication, 'publish'>): IntegrationMessage[] {
  return publication.publish(event).map((published, index) => ({
    ...published,
    id: uuidFromName(`${event.id}/published/${index}`),
    streamId: event.streamId,
    metadata: event.metadata,
  }));
}
