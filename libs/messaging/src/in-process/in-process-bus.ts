import { Logger } from '@nestjs/common';
import type { EventFilter, EventStore } from '#event-store';
import type { RecordedEvent } from '#shared-kernel';
import { appendToBusStreams, BUS_PREFIX, fromBusEvent } from '../bus-streams.js';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { DeliveryOptions } from '../delivery/consumer-delivery.js';
import { SubscribedDelivery } from '../delivery/subscribed-delivery.js';
import { versionedHandler } from '../delivery/versioned-handler.js';
import type { IntegrationEvent, IntegrationMessage } from '../integration-message.js';
import type { Consumer, MessageBus } from '../message-bus.js';
import { isPublished, messagesOf, type Publication } from '../publication.js';

export interface InProcessBusOptions {
  readonly batchSize?: number;
  readonly resubscribeDelayMs?: number;
  readonly delivery?: DeliveryOptions;
}

/**
 * Every context in one process, over one event store: the store's log is the topic. Each consumer is its own
 * subscription (`consumer.<name>`) over the recorded events of the publications it reads, mapped to integration
 * messages as it goes, so a consumer added later reads the whole history and no relay stands in between.
 * Messages published from elsewhere are appended to `bus-` streams and read alike.
 */
export class InProcessBus implements MessageBus {
  private readonly publications: Publication[] = [];
  private readonly waiting: Consumer[] = [];
  private readonly running = new Map<string, SubscribedDelivery<IntegrationMessage>>();
  private started = false;
  private readonly logger = new Logger(InProcessBus.name);

  constructor(
    private readonly store: EventStore,
    readonly consumers: ConsumerRegistry = new ConsumerRegistry(),
    private readonly options: InProcessBusOptions = {},
  ) {}

  register(publication: Publication): void {
    if (this.started) throw new Error(`Publication ${publication.name} registered after the bus started: consumers already read without it`);
    this.publications.push(publication);
  }

  publish(messages: readonly IntegrationMessage[]): Promise<void> {
    return appendToBusStreams(this.store, messages);
  }

  consume<E extends IntegrationEvent>(consumer: Consumer<E>): void {
    if (this.waiting.some((other) => other.name === consumer.name)) throw new Error(`A consumer named ${consumer.name} is already registered`);
    this.waiting.push(consumer as unknown as Consumer);
    if (this.started) this.run(consumer as unknown as Consumer);
  }

  start(): void {
    this.started = true;
    for (const consumer of this.waiting) if (!this.running.has(consumer.name)) this.run(consumer);
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.running.values()].map((delivery) => delivery.stop()));
    this.running.clear();
  }

  async caughtUp(timeoutMs?: number): Promise<void> {
    await Promise.all([...this.running.values()].map((delivery) => delivery.caughtUp(timeoutMs)));
  }

  /**
   * How far behind each running consumer is, in events of the store its filter takes (each usually one message),
   * counted up to `upTo`: a count runs through every event it counts, and a consumer replaying a long history has many.
   */
  lag(upTo?: number): Promise<{ readonly consumer: string; readonly messages: number }[]> {
    return Promise.all([...this.running.values()].map(async (delivery) => ({ consumer: delivery.name, messages: await delivery.lag(upTo) })));
  }

  private run(consumer: Consumer): void {
    const sources = this.publications.filter((publication) => publication.publishes.some((type) => consumer.types.includes(type)));
    const delivery = new SubscribedDelivery<IntegrationMessage>(
      this.store,
      {
        name: consumer.name,
        subscription: `consumer.${consumer.name}`,
        filter: filterOf(consumer, sources),
        ...(this.options.batchSize === undefined ? {} : { batchSize: this.options.batchSize }),
        ...(this.options.resubscribeDelayMs === undefined ? {} : { resubscribeDelayMs: this.options.resubscribeDelayMs }),
        ...(this.options.delivery === undefined ? {} : { delivery: this.options.delivery }),
        toDeliveries: async (events) => (await Promise.all(events.map((event) => messagesFrom(event, sources)))).flat().filter((message) => consumer.types.includes(message.type)),
        handle: versionedHandler(consumer),
      },
      (error) => this.logger.error(`${consumer.name}: batch failed, resubscribing from its checkpoint: ${String(error)}`),
    );
    this.consumers.set(delivery);
    this.running.set(consumer.name, delivery);
    delivery.start();
  }
}

/** The recorded events that can become a message the consumer reads: its publications' and the bus streams of its types. */
function filterOf(consumer: Consumer, sources: readonly Publication[]): EventFilter {
  return {
    eventTypes: [...new Set([...consumer.types, ...sources.flatMap((publication) => publication.eventTypes)])],
    streamPrefixes: [...new Set([BUS_PREFIX, ...sources.flatMap((publication) => publication.streamPrefixes)])],
  };
}

async function messagesFrom(event: RecordedEvent, sources: readonly Publication[]): Promise<IntegrationMessage[]> {
  if (event.streamId.startsWith(BUS_PREFIX)) return [fromBusEvent(event)];
  const published = await Promise.all(sources.filter((publication) => isPublished(publication, event)).map((publication) => messagesOf(event, publication)));
  return published.flat();
}
