import { type EventStore, Resubscribing } from '#event-store';
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
  private readonly subscription: Resubscribing;

  constructor(store: EventStore, bus: MessageBus, publication: Publication, { batchSize = 100, retryDelayMs, onError }: RelayOptions = {}) {
    this.subscription = new Resubscribing(store, {
      name: `relay.${publication.name}`,
      filter: { eventTypes: publication.eventTypes },
      batchSize,
      handle: (events) => bus.publish(events.flatMap((event) => messagesOf(event, publication))),
      ...(retryDelayMs === undefined ? {} : { retryDelayMs }),
      ...(onError === undefined ? {} : { onError }),
    });
  }

  start(): void {
    this.subscription.start();
  }

  /** Resolves once every event committed before the call has been published. */
  caughtUp(timeoutMs?: number): Promise<void> {
    return this.subscription.caughtUp(timeoutMs);
  }

  stop(): Promise<void> {
    return this.subscription.stop();
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
