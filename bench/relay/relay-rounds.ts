import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, Partitioners, type Message } from 'kafkajs';
import type { EventStore } from '#event-store';
import { ConsumerRegistry, DEAD_LETTER_TOPIC, KafkaBus, messagesOf, topicName } from '#messaging';
import type { LogPosition, RecordedEvent } from '#shared-kernel';
import { toKafkaMessage } from '../../libs/messaging/src/kafka/kafka-message.js';
import type { RelayBenchConfig } from './bench-config.js';
import { loadsPublication } from './bench-events.js';

/** One timed round: messages per second from start to the last acknowledgement, and this process's CPU per message meanwhile. */
export interface Round {
  readonly seconds: number;
  readonly perSecond: number;
  /** User + system CPU of the bench's process (the relay's, or the raw producer's) per message, in µs. */
  readonly cpuMicrosPerMessage: number;
  /** Busy CPU of the whole machine (this process, Postgres, the broker) per message, in µs. */
  readonly machineMicrosPerMessage: number;
  /** Cores busy on average over the round, of the machine's. */
  readonly busyCores: number;
}

/** Starts a round's clocks: wall time, this process's CPU and the machine's. */
export function roundClock(): (messages: number) => Round {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const machine = machineBusyMicros();
  return (messages) => {
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const busy = machineBusyMicros() - machine;
    return { seconds, perSecond: messages / seconds, cpuMicrosPerMessage: (used.user + used.system) / messages, machineMicrosPerMessage: busy / messages, busyCores: busy / 1e6 / seconds };
  };
}

/** The machine's CPU time not idle since boot (`/proc/stat`, in ticks of 10 ms), in µs. */
function machineBusyMicros(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).map(Number);
  // user, nice, system, idle, iowait, irq, softirq, steal: idle and iowait are not busy, steal is the host's.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = ticks;
  return (user + nice + system + irq + softirq) * 10_000;
}

/** The project's relay: a service's bus started over the stored events, timed until every one is on the broker. */
export async function relayRound(store: EventStore, config: RelayBenchConfig, prefix: string, context: string): Promise<Round> {
  const bus = new KafkaBus(store, new ConsumerRegistry(), { brokers: config.brokers, clientId: `bench-${context}`, topics: [{ context, types: ['LoadChecked'] }], partitions: config.partitions, relayBatchSize: config.batch });
  bus.register(loadsPublication(context, prefix));
  // Made beforehand as for the raw producer: both rounds time the sending alone.
  await createTopic(new Kafka({ clientId: `bench-admin-${context}`, brokers: [...config.brokers], logLevel: logLevel.WARN }), topicName(context), config.partitions);
  const round = roundClock();
  bus.start();
  await bus.caughtUp(600_000);
  const timed = round(config.events);
  await bus.stop();
  return timed;
}

/**
 * The floor: a bare kafkajs producer sending the same messages in the same batches, acks from every in-sync replica.
 * Set as the relay's (not idempotent, one request in flight), or idempotent as a producer would be without ADR 12.
 */
export async function rawRound(messages: readonly Message[], config: RelayBenchConfig, context: string, idempotent: boolean): Promise<Round> {
  const kafka = new Kafka({ clientId: `bench-raw-${context}`, brokers: [...config.brokers], logLevel: logLevel.WARN });
  await createTopic(kafka, topicName(context), config.partitions);
  const producer = kafka.producer({ idempotent, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  const round = roundClock();
  await producer.connect();
  for (let start = 0; start < messages.length; start += config.batch) {
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: topicName(context), messages: messages.slice(start, start + config.batch) }] });
  }
  const timed = round(messages.length);
  await producer.disconnect();
  return timed;
}

/** What the relay's reads alone cost: the same events read from the store in pages of its batch size, through its filter. */
export async function readRound(store: EventStore, config: RelayBenchConfig, prefix: string): Promise<Round> {
  const filter = { eventTypes: ['LoadCounted'], streamPrefixes: [`${prefix}-`] };
  const round = roundClock();
  let read = 0;
  for (let after: LogPosition | undefined; ; ) {
    const page = await store.readAll({ ...(after ? { after } : {}), maxCount: config.batch, filter });
    if (page.length === 0) break;
    read += page.length;
    after = page.at(-1)!.position;
  }
  if (read !== config.events) throw new Error(`Read ${read} of ${config.events} events`);
  return round(read);
}

/** The Kafka messages the relay makes of the stored events, made once for the raw producer. */
export async function kafkaMessagesOf(events: readonly RecordedEvent[], prefix: string, context: string): Promise<Message[]> {
  const publication = loadsPublication(context, prefix);
  return (await Promise.all(events.map((event) => messagesOf(event, publication)))).flat().map(toKafkaMessage);
}

export async function createTopic(kafka: Kafka, topic: string, partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions }] });
  await admin.disconnect();
}

/** The shared dead-letter topic, made as a bus makes it, so that the first relay round does not pay for it. */
export async function ensureDeadLetterTopic(config: RelayBenchConfig): Promise<void> {
  const admin = new Kafka({ clientId: 'bench-admin', brokers: [...config.brokers], logLevel: logLevel.WARN }).admin();
  await admin.connect();
  if (!(await admin.listTopics()).includes(DEAD_LETTER_TOPIC)) {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: DEAD_LETTER_TOPIC, numPartitions: config.partitions, configEntries: [{ name: 'retention.ms', value: '-1' }] }] });
  }
  await admin.disconnect();
}

/** Deletes the bench's topics once measured, and its consumer groups (named `timber.<consumer>` by the bus). */
export async function deleteTopics(config: RelayBenchConfig, contexts: readonly string[], consumers: readonly string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'bench-admin', brokers: [...config.brokers], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  await admin.deleteTopics({ topics: contexts.map((context) => topicName(context)).filter((topic) => existing.has(topic)) });
  const groups = new Set((await admin.listGroups()).groups.map((group) => group.groupId));
  const ours = consumers.map((consumer) => `timber.${consumer}`).filter((group) => groups.has(group));
  if (ours.length > 0) await admin.deleteGroups(ours);
  await admin.disconnect();
}
