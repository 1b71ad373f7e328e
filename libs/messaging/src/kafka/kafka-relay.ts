import type { Producer, TopicMessages } from 'kafkajs';
import { type EventFilter, type EventStore, Resubscribing } from '#event-store';
import type { RecordedEvent } from '#shared-kernel';
import type { IntegrationMessage } from '../integration-message.js';
import { toKafkaMessage } from './kafka-message.js';
import type { Topics } from './topics.js';

/** What one relay carries from the store to Kafka. */
export interface RelaySource {
  /** Its subscription is `relay.<name>`: one owner across the service's instances. */
  readonly name: string;
  readonly filter: EventFilter;
  toMessages(events: readonly RecordedEvent[]): Promise<readonly IntegrationMessage[]>;
}

/**
 * A checkpointed subscription that sends each batch to Kafka (acks from every in-sync replica) and only then
 * advances: at-least-once, never lost. A broker that is down fails the batch, retried from the checkpoint.
 */
export class KafkaRelay {
  readonly name: string;
  private readonly subscription: Resubscribing;
  private readonly retryDelayMs: number;

  constructor(
    private readonly store: EventStore,
    producer: Producer,
    topics: Topics,
    private readonly source: RelaySource,
    options: { readonly batchSize: number; readonly retryDelayMs: number; readonly onError: (error: unknown) => void },
  ) {
    this.name = `relay.${source.name}`;
    this.retryDelayMs = options.retryDelayMs;
    this.subscription = new Resubscribing(store, {
      name: this.name,
      filter: source.filter,
      batchSize: options.batchSize,
      retryDelayMs: options.retryDelayMs,
      onError: options.onError,
      handle: async (events) => {
        const messages = await source.toMessages(events);
        if (messages.length > 0) await producer.sendBatch({ acks: -1, topicMessages: byTopic(messages, topics) });
      },
    });
  }

  start(): void {
    this.subscription.start();
  }

  stop(): Promise<void> {
    return this.subscription.stop();
  }

  /** Events stored but not yet on Kafka, whichever instance runs the relay. */
  async lag(): Promise<number> {
    const after = await this.subscription.handledThrough();
    return (await this.store.backlog({ ...(after ? { after } : {}), filter: this.source.filter })).events;
  }

  /** Resolves once every event committed before the call is on Kafka; a batch that failed meanwhile is waited for, as it is tried again. */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await this.subscription.caughtUp(Math.max(1, deadline - Date.now()));
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
      }
    }
  }
}

function byTopic(messages: readonly IntegrationMessage[], topics: Topics): TopicMessages[] {
  const grouped = new Map<string, TopicMessages>();
  for (const message of messages) {
    const topic = topics.of(message.type);
    const group = grouped.get(topic) ?? { topic, messages: [] };
    group.messages.push(toKafkaMessage(message));
    grouped.set(topic, group);
  }
  return [...grouped.values()];
}
