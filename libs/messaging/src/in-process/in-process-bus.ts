import { Logger } from '@nestjs/common';
import type { EventFilter, EventStore } from '#event-store';
import { type EventToAppend, type RecordedEvent, VersionConflict } from '#shared-kernel';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { DeliveryOptions } from '../delivery/consumer-delivery.js';
import { UnsupportedVersion } from '../delivery/delivery-failure.js';
import { SubscribedDelivery } from '../delivery/subscribed-delivery.js';
import type { IntegrationEvent, IntegrationMessage } from '../integration-message.js';
import type { Consumer, MessageBus } from '../message-bus.js';
import { isPublished, messagesOf, type Publication } from '../publication.js';

/** Streams of messages published from elsewhere: `bus-<the message's stream>`. */
const BUS_PREFIX = 'bus-';

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

  async publish(messages: readonly IntegrationMessage[]): Promise<void> {
    for (const group of consecutiveByStream(messages)) {
      const events = group.map(toBusEvent);
      try {
        await this.store.append(`${BUS_PREFIX}${group[0]!.streamId}`, events, 'any');
      } catch (error) {
        // Some were published before: each on its own, so those go in once and the rest still go in.
        if (!(error instanceof VersionConflict) || events.length === 1) throw error;
        for (const event of events) await this.store.append(`${BUS_PREFIX}${group[0]!.streamId}`, [event], 'any');
      }
    }
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
        handle: (message) => {
          if (consumer.version !== undefined && message.version !== consumer.version) throw new UnsupportedVersion(consumer.name, message.type, message.version, consumer.version);
          return consumer.handle(message);
        },
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

type BusEventData = { readonly version: number; readonly data: unknown };

function toBusEvent(message: IntegrationMessage): EventToAppend {
  return { id: message.id, type: message.type, data: { version: message.version, data: message.data } satisfies BusEventData, metadata: message.metadata };
}

function fromBusEvent(event: RecordedEvent): IntegrationMessage {
  const { version, data } = event.data as BusEventData;
  return { id: event.id, type: event.type, version, data, streamId: event.streamId.slice(BUS_PREFIX.length), metadata: event.metadata };
}

/** Runs of messages of one stream, in the order given. */
function consecutiveByStream(messages: readonly IntegrationMessage[]): IntegrationMessage[][] {
  const runs: IntegrationMessage[][] = [];
  for (const message of messages) {
    const last = runs.at(-1);
    if (last && last[0]!.streamId === message.streamId) last.push(message);
    else runs.push([message]);
  }
  return runs;
}
