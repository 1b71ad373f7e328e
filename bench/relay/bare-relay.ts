import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { Kafka, logLevel, type Message, Partitioners } from 'kafkajs';
import { topicName } from '#messaging';
import type { ReaderData } from './bare-relay-reader.js';
import type { RelayBenchConfig } from './bench-config.js';
import { createTopic, type Round, roundClock } from './relay-rounds.js';

/** Pages read per send, as the relay reads four sends' worth at a time. */
const SENDS_PER_READ = 4;

/**
 * A relay with nothing but its two jobs, each on a thread of its own: a worker thread reads the publisher's events in
 * log order with one prepared statement (no subscription, lease or checkpoint) and splices each row's stored JSON text
 * into the message the relay makes (the same bytes, nothing parsed); this thread only sends them, in the same batches
 * with one request in flight, as the raw producer does, while the next page is read.
 */
export async function bareRelayRound(config: RelayBenchConfig, schema: string, prefix: string, context: string): Promise<Round> {
  const kafka = new Kafka({ clientId: `bench-bare-${context}`, brokers: [...config.brokers], logLevel: logLevel.WARN });
  await createTopic(kafka, topicName(context), config.partitions);
  const producer = kafka.producer({ idempotent: false, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  const reader = new Worker(new URL('./bare-relay-reader.js', import.meta.url), { workerData: { databaseUrl: config.databaseUrl, schema, prefix, batch: config.batch, pageSize: config.batch * SENDS_PER_READ } satisfies ReaderData });
  const nextPage = async (): Promise<Message[][]> => {
    const answer = once(reader, 'message') as Promise<[Message[][]]>;
    reader.postMessage('next');
    return (await answer)[0];
  };
  // Its start and connection are not timed, as the relay's store is connected before its round.
  await once(reader, 'message');
  const topic = topicName(context);
  const round = roundClock();
  await producer.connect();
  let sent = 0;
  let sending: Promise<unknown> = Promise.resolve();
  for (let next = nextPage(); ; ) {
    const batches = await next;
    if (batches.length === 0) break;
    next = nextPage();
    for (const messages of batches) {
      await sending;
      sending = producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
      sending.catch(() => undefined);
      sent += messages.length;
    }
  }
  await sending;
  const timed = round(sent);
  await producer.disconnect();
  await reader.terminate();
  if (sent !== config.events) throw new Error(`The bare relay sent ${sent} of ${config.events} messages`);
  return timed;
}
