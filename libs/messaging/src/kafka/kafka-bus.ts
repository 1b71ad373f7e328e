import { Logger } from '@nestjs/common';
import { type Admin, Kafka, type KafkaConfig, logLevel, Partitioners, type Producer } from 'kafkajs';
import type { EventStore } from '#event-store';
import { appendToBusStreams, BUS_PREFIX, fromBusEvent } from '../bus-streams.js';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { DeliveryOptions } from '../delivery/consumer-delivery.js';
import type { IntegrationEvent, IntegrationMessage } from '../integration-message.js';
import type { Consumer, MessageBus } from '../message-bus.js';
import { isPublished, messagesOf, type Publication } from '../publication.js';
import { KafkaConsumerDelivery } from './kafka-consumer.js';
import { kafkaLogs } from './kafka-logs.js';
import { KafkaRelay, type RelaySource } from './kafka-relay.js';
import { type IntegrationTopic, Topics } from './topics.js';

export interface KafkaBusOptions {
  /** Bootstrap brokers, `host:port`. */
  readonly brokers: readonly string[];
  /** Names this process to the brokers (its service, say). */
  readonly clientId: string;
  /** Every context's integration event types, for their topics. */
  readonly topics: readonly IntegrationTopic[];
  /** What topics and consumer groups start with (default `timber`): deployments sharing brokers keep apart by it. */
  readonly namespace?: string;
  /** Partitions of a topic this bus creates: the most instances of one consumer that share its load (default 8). */
  readonly partitions?: number;
  /** Partitions a consumer instance handles at once (default 4). */
  readonly concurrency?: number;
  /** How long a consumer instance may go silent before its partitions go to another (default 15 s): the failover time after a crash. */
  readonly sessionTimeoutMs?: number;
  readonly relayBatchSize?: number;
  /** Pause before a failed relay batch is tried again from its checkpoint (default 1 s). */
  readonly retryDelayMs?: number;
  readonly delivery?: DeliveryOptions;
  /** Overrides of the kafkajs client (timeouts, retries), for tests that stop the broker. */
  readonly client?: Partial<KafkaConfig>;
}

/**
 * The bus across processes. Each registered publication is relayed from this service's store to its context's
 * topic by a checkpointed subscription (`relay.<context>`); messages published from elsewhere are stored in `bus-`
 * streams first, so a second publication is a no-op, and relayed alike. Each consumer is its own consumer group.
 * Topics keep their messages for ever, so a consumer deployed later replays the whole history.
 */
export class KafkaBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly topics: Topics;
  private readonly publications: Publication[] = [];
  private readonly waiting: Consumer[] = [];
  private readonly relays: KafkaRelay[] = [];
  private readonly running = new Map<string, KafkaConsumerDelivery>();
  private readonly logger = new Logger(KafkaBus.name);
  private readonly producer: Producer;
  private readonly admin: Admin;
  private starting?: Promise<void>;
  private stopped = false;
  /** Settles once the brokers were reached, or the bus stopped: relays wait for it before sending. */
  private reached = Promise.resolve();
  private reach = () => {};

  constructor(
    private readonly store: EventStore,
    readonly consumers: ConsumerRegistry = new ConsumerRegistry(),
    private readonly options: KafkaBusOptions,
  ) {
    this.kafka = new Kafka({ clientId: options.clientId, brokers: [...options.brokers], logLevel: logLevel.WARN, logCreator: kafkaLogs, ...options.client });
    this.topics = new Topics(options.topics, options.namespace);
    // Not idempotent: kafkajs's idempotent producer can stay out of sequence after a broker restart (kafkajs#598).
    // One request in flight keeps each partition in order; a retried batch may repeat, which consumers' inboxes absorb.
    this.producer = this.kafka.producer({ idempotent: false, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    this.admin = this.kafka.admin();
  }

  register(publication: Publication): void {
    if (this.starting) throw new Error(`Publication ${publication.name} registered after the bus started`);
    this.publications.push(publication);
  }

  publish(messages: readonly IntegrationMessage[]): Promise<void> {
    for (const message of messages) this.topics.of(message.type);
    return appendToBusStreams(this.store, messages);
  }

  consume<E extends IntegrationEvent>(consumer: Consumer<E>): void {
    if (this.waiting.some((other) => other.name === consumer.name)) throw new Error(`A consumer named ${consumer.name} is already registered`);
    this.waiting.push(consumer as unknown as Consumer);
    if (this.starting) this.starting = this.starting.then(() => this.run(consumer as unknown as Consumer));
  }

  start(): void {
    this.stopped = false;
    if (this.starting) return;
    this.reached = new Promise((resolve) => (this.reach = resolve));
    // At once, brokers or not: a batch that cannot be sent is tried again, and meanwhile the relay's lag tells what waits.
    for (const source of this.relaySources()) this.relays.push(this.relay(source));
    for (const relay of this.relays) relay.start();
    this.starting = this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.reach();
    await this.starting?.catch(() => undefined);
    await Promise.all([...this.relays.map((relay) => relay.stop()), ...[...this.running.values()].map((consumer) => consumer.stop())]);
    await Promise.all([this.producer.disconnect(), this.admin.disconnect()]);
    this.relays.length = 0;
    this.running.clear();
    this.starting = undefined;
  }

  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await this.starting;
    await Promise.all(this.relays.map((relay) => relay.caughtUp(Math.max(1, deadline - Date.now()))));
    await Promise.all([...this.running.values()].map((consumer) => consumer.caughtUp(this.admin, deadline)));
  }

  /** Each running consumer's messages not yet committed by its group. */
  async lag(): Promise<{ readonly consumer: string; readonly messages: number }[]> {
    return Promise.all([...this.running.values()].map(async (consumer) => ({ consumer: consumer.name, messages: await consumer.lag(this.admin) })));
  }

  /** Each relay's events stored, not yet on Kafka, counted up to `upTo`. */
  relayLag(upTo?: number): Promise<{ readonly relay: string; readonly events: number }[]> {
    return Promise.all(this.relays.map(async (relay) => ({ relay: relay.name, events: await relay.lag(upTo) })));
  }

  /** Messages each running consumer copied to the dead-letter topic since this instance started. */
  deadLettered(): { readonly consumer: string; readonly messages: number }[] {
    return [...this.running.values()].map((consumer) => ({ consumer: consumer.name, messages: consumer.deadLettered }));
  }

  /** Whether the brokers answer: a readiness probe's question. */
  async ping(): Promise<void> {
    await this.admin.describeCluster();
  }

  /** Retried until the brokers answer: a service started before its broker waits for it, its commands still stored. */
  private async connect(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.admin.connect();
        await this.producer.connect();
        // Every declared topic: the relay of messages published from elsewhere may carry any type.
        await this.createTopics(this.topics.types);
        this.reach();
        break;
      } catch (error) {
        this.logger.warn(`Brokers not reachable yet (attempt ${attempt}): ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs ?? 1_000));
      }
    }
    if (this.stopped) return;
    for (const consumer of this.waiting) await this.run(consumer);
  }

  /** Creates the topics of these types that do not exist yet, with the dead-letter topic. */
  private async createTopics(types: readonly string[]): Promise<void> {
    const wanted = new Set([this.topics.deadLetters, ...this.topics.holding(types)]);
    const existing = new Set(await this.admin.listTopics());
    const missing = [...wanted].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    // Kept for ever: a consumer deployed later replays the whole history from its topics.
    await this.admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 8, configEntries: [{ name: 'retention.ms', value: '-1' }] })) });
  }

  private relaySources(): RelaySource[] {
    const publications: RelaySource[] = this.publications.map((publication) => ({
      name: publication.name,
      filter: { eventTypes: publication.eventTypes, streamPrefixes: publication.streamPrefixes },
      toMessages: async (events) => (await Promise.all(events.filter((event) => isPublished(publication, event)).map((event) => messagesOf(event, publication)))).flat(),
    }));
    const fromElsewhere: RelaySource = { name: 'bus', filter: { streamPrefixes: [BUS_PREFIX], eventTypes: this.topics.types }, toMessages: async (events) => events.map(fromBusEvent) };
    return [...publications, fromElsewhere];
  }

  private relay(source: RelaySource): KafkaRelay {
    return new KafkaRelay(this.store, this.producer, this.topics, source, {
      batchSize: this.options.relayBatchSize ?? 500,
      retryDelayMs: this.options.retryDelayMs ?? 1_000,
      connected: () => this.reached,
      onError: (error) => this.logger.error(`relay.${source.name}: batch not sent, retrying from its checkpoint: ${String(error)}`),
    });
  }

  private async run(consumer: Consumer): Promise<void> {
    if (this.stopped || this.running.has(consumer.name)) return;
    await this.createTopics(consumer.types);
    const delivery = new KafkaConsumerDelivery(this.kafka, this.store, consumer, this.topics.holding(consumer.types), this.topics, this.producer, {
      concurrency: this.options.concurrency ?? 4,
      sessionTimeoutMs: this.options.sessionTimeoutMs ?? 15_000,
      retryDelayMs: this.options.retryDelayMs ?? 1_000,
      ...(this.options.delivery ? { delivery: this.options.delivery } : {}),
    });
    this.consumers.set(delivery);
    this.running.set(consumer.name, delivery);
    await delivery.start();
  }
}
