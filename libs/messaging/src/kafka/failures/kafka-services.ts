import { randomUUID } from 'node:crypto';
import { Kafka, type KafkaConfig, logLevel } from 'kafkajs';
import { SqlEventStore } from '#event-store';
import { postgresClient, type SqlClient } from '#sql';
import type { DeliveryOptions } from '../../delivery/consumer-delivery.js';
import { ConsumerRegistry } from '../../delivery/consumer-registry.js';
import { KafkaBus } from '../kafka-bus.js';
import { type IntegrationTopic, topicName } from '../topics.js';

export interface KafkaService {
  readonly schema: string;
  readonly client: SqlClient;
  readonly store: SqlEventStore;
  readonly bus: KafkaBus;
}

export interface ServiceOptions {
  readonly topics: readonly IntegrationTopic[];
  readonly delivery?: DeliveryOptions;
  readonly client?: Partial<KafkaConfig>;
  /** Another broker than the suite's (a private one the test stops). */
  readonly brokers?: readonly string[];
}

/** A short random tag: schemas, contexts and consumer names of one run never meet another run's. */
export function runTag(): string {
  return randomUUID().replaceAll('-', '').slice(0, 12);
}

/**
 * Services over one Postgres and one broker, each with its own store schema as separately deployed services
 * have; disposing stops them, drops their schemas and deletes the topics of the contexts they declared.
 */
export class KafkaServices {
  private readonly services: KafkaService[] = [];
  private readonly contexts = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly brokers: readonly string[],
  ) {}

  async open(schema: string, options: ServiceOptions): Promise<KafkaService> {
    const client = postgresClient({ url: this.url, maxConnections: 8 });
    const store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
    const bus = new KafkaBus(store, new ConsumerRegistry(), {
      brokers: options.brokers ?? this.brokers,
      clientId: schema,
      topics: options.topics,
      retryDelayMs: 50,
      ...(options.delivery ? { delivery: options.delivery } : {}),
      ...(options.client ? { client: options.client } : {}),
    });
    // A private broker's topics go with the broker.
    if (!options.brokers) for (const { context } of options.topics) this.contexts.add(context);
    const service = { schema, client, store, bus };
    this.services.push(service);
    return service;
  }

  /** A raw client of the suite's broker, for what a test does behind the bus's back. */
  kafka(): Kafka {
    return new Kafka({ clientId: 'failures-test', brokers: [...this.brokers], logLevel: logLevel.NOTHING });
  }

  async dispose(): Promise<void> {
    for (const { bus } of this.services) await bus.stop();
    for (const { store, client, schema } of this.services) {
      await store.close();
      await client.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.close();
    }
    if (this.contexts.size === 0) return;
    const admin = this.kafka().admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    await admin.deleteTopics({ topics: [...this.contexts].map((context) => topicName(context)).filter((topic) => existing.has(topic)) });
    await admin.disconnect();
  }
}
