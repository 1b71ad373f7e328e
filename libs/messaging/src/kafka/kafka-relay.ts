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

/** Sends of one relay read from the store: the read and its checkpoint are paid once for so many sends. */
const SENDS_PER_READ = 4;

/**
 * A checkpointed subscription that sends each batch to Kafka (acks from every in-sync replica) and only then
 * advances: at-least-once, never lost. It sends once the brokers were reached; a batch that fails then (a broker
 * down) is retried from the checkpoint.
 */
export class KafkaRelay {
  readonly name: string;
  private readonly subscription: Resubscribing;
  private readonly retryDelayMs: number;

  constructor(
    store: EventStore,
    producer: Producer,
    topics: Topics,
    source: RelaySource,
    options: { readonly batchSize: number; readonly retryDelayMs: number; readonly connected: () => Promise<void>; readonly onError: (error: unknown) => void },
  ) {
    this.name = `relay.${source.name}`;
    this.retryDelayMs = options.retryDelayMs;
    this.subscription = new Resubscribing(store, {
      name: this.name,
      filter: source.filter,
      batchSize: options.batchSize * SENDS_PER_READ,
      retryDelayMs: options.retryDelayMs,
      onError: options.onError,
      handle: async (events) => {
        await options.connected();
        // Each send's messages are made while the send before it is in flight; one send at a time keeps each partition's order.
        let sending: Promise<unknown> = Promise.resolve();
        for (let start = 0; start < events.length; start += options.batchSize) {
          const messages = await source.toMessages(events.slice(start, start + options.batchSize));
          if (messages.length === 0) continue;
          await sending;
          sending = producer.sendBatch({ acks: -1, topicMessages: byTopic(messages, topics) });
          // Awaited below or by the next turn; a failure while the next batch is made is not left unhandled.
          sending.catch(() => undefined);
        }
        await sending;
      },
    });
  }

  start(): void {
    this.subscription.start();
  }

  stop(): Promise<void> {
    return this.subscription.stop();
  }

  /** Events stored but not yet on Kafka, whichever instance runs the relay, counted up to `upTo`. */
  lag(upTo?: number): Promise<number> {
    return this.subscription.lag(upTo);
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
