import { Logger } from '@nestjs/common';
import type { Admin, Consumer as KafkaConsumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Actor, StreamStore } from '#shared-kernel';
import { ConsumerDelivery, type ConsumerHandle, type DeliveryOptions, type ReplayOutcome } from '../delivery/consumer-delivery.js';
import { versionedHandler } from '../delivery/versioned-handler.js';
import type { IntegrationMessage } from '../integration-message.js';
import type { Consumer } from '../message-bus.js';
import type { DeliveryFailure, ParkedMessage } from '../parking/parked-messages.js';
import { askedUntil } from './asked-until.js';
import { fromKafkaMessage, toKafkaMessage, typeOf } from './kafka-message.js';
import type { Topics } from './topics.js';

/** Messages handed over at a time within a partition's batch: its offset is committed after each such chunk. */
const CHUNK = 250;

/** How long a lag probe keeps asking about a partition whose leader is still being settled. */
const LAG_PATIENCE_MS = 5_000;

/**
 * One consumer on Kafka: its own consumer group, new groups reading from the earliest offset. Each partition's
 * messages go through the consumer's delivery (retries, parking in the store) in chunks, each chunk's offset
 * committed once it is handled or parked, so a restart or a rebalance repeats at most nothing already committed.
 * A parked message, and one that cannot even be read, is copied to the dead-letter topic; its partition flows on.
 */
export class KafkaConsumerDelivery implements ConsumerHandle {
  readonly name: string;
  /** Messages this instance copied to the dead-letter topic since it started. */
  deadLettered = 0;
  private readonly delivery: ConsumerDelivery<IntegrationMessage>;
  private kafkaConsumer: KafkaConsumer;
  private readonly logger: Logger;
  private stopped = false;
  private restart?: NodeJS.Timeout;

  constructor(
    private readonly kafka: Kafka,
    store: StreamStore,
    private readonly consumer: Consumer,
    private readonly topics: readonly string[],
    private readonly names: Topics,
    private readonly producer: Producer,
    private readonly options: { readonly delivery?: DeliveryOptions; readonly concurrency: number; readonly sessionTimeoutMs: number; readonly retryDelayMs: number },
  ) {
    this.name = consumer.name;
    this.logger = new Logger(consumer.name);
    this.delivery = new ConsumerDelivery(store, consumer.name, versionedHandler(consumer), options.delivery, (message, failure) => this.deadLetter(toKafkaMessage(message), reasonOf(failure, message)));
    this.kafkaConsumer = this.newConsumer();
  }

  /** Joins its group and consumes; a failure to do so is tried again, never thrown: the service runs on meanwhile. */
  async start(): Promise<void> {
    this.stopped = false;
    try {
      await this.kafkaConsumer.connect();
      await this.kafkaConsumer.subscribe({ topics: [...this.topics], fromBeginning: true });
      await this.kafkaConsumer.run({ autoCommit: false, eachBatchAutoResolve: false, partitionsConsumedConcurrently: this.options.concurrency, eachBatch: (payload) => this.eachBatch(payload) });
    } catch (error) {
      this.startAfresh(error);
    }
  }

  /** Finishes the chunk in hand, commits it, and leaves the group so another instance takes the partitions over. */
  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restart);
    return this.kafkaConsumer.disconnect();
  }

  /** Messages on its topics not yet committed by its group, whichever instance holds them. */
  async lag(admin: Admin): Promise<number> {
    const ends = await this.ends(admin, Date.now() + LAG_PATIENCE_MS);
    const committed = await this.committed(admin);
    let behind = 0;
    for (const [key, end] of ends) behind += Math.max(0, end.high - Math.max(committed.get(key) ?? end.low, end.low));
    return behind;
  }

  /** Resolves once its group has committed past every message on its topics at the time of the call. */
  async caughtUp(admin: Admin, deadline: number): Promise<void> {
    const ends = await this.ends(admin, deadline);
    for (;;) {
      const committed = await this.committed(admin);
      if ([...ends].every(([key, end]) => end.high <= end.low || (committed.get(key) ?? -1) >= end.high)) return;
      if (Date.now() > deadline) throw new Error(`Consumer ${this.name} did not catch up in time`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  parked(): Promise<readonly ParkedMessage[]> {
    return this.delivery.parked();
  }

  replay(messageId: string, actor: Actor): Promise<ReplayOutcome> {
    return this.delivery.replay(messageId, actor);
  }

  private newConsumer(): KafkaConsumer {
    const { sessionTimeoutMs } = this.options;
    const consumer = this.kafka.consumer({ groupId: this.names.groupOf(this.name), allowAutoTopicCreation: false, sessionTimeout: sessionTimeoutMs, heartbeatInterval: Math.floor(sessionTimeoutMs / 5) });
    // kafkajs restarts a consumer after most failures, not after one it takes for final (no group coordinator yet, say).
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.startAfresh(payload.error);
    });
    return consumer;
  }

  /** A new kafkajs consumer after a pause; its group's committed offsets say where it resumes. */
  private startAfresh(error: unknown): void {
    if (this.stopped) return;
    this.logger.error(`Consumer stopped (${String(error)}); starting afresh in ${this.options.retryDelayMs} ms`);
    clearTimeout(this.restart);
    this.restart = setTimeout(async () => {
      await this.kafkaConsumer.disconnect().catch(() => undefined);
      if (this.stopped) return;
      this.kafkaConsumer = this.newConsumer();
      await this.start();
    }, this.options.retryDelayMs);
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: EachBatchPayload): Promise<void> {
    for (let start = 0; start < batch.messages.length; start += CHUNK) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + CHUNK);
      await this.delivery.deliver(await this.readable(chunk, batch.topic));
      const last = chunk.at(-1)!.offset;
      resolveOffset(last);
      // Committed even while stopping (the consumer's own commitOffsets skips it then): what was handled is never handed out again.
      await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: String(BigInt(last) + 1n) }] }] });
      await heartbeat();
    }
  }

  /** The chunk's messages of the consumer's types; one that cannot be read goes to the dead-letter topic, not in the way. */
  private async readable(chunk: readonly KafkaMessage[], topic: string): Promise<IntegrationMessage[]> {
    const messages: IntegrationMessage[] = [];
    for (const raw of chunk) {
      try {
        if (this.consumer.types.includes(typeOf(raw))) messages.push(fromKafkaMessage(raw));
      } catch (error) {
        this.logger.error(`Unreadable message at ${topic} offset ${raw.offset}: ${String(error)}`);
        await this.deadLetter({ key: raw.key, value: raw.value, headers: raw.headers ?? {} }, { error: 'unreadable', message: String(error), topic, offset: raw.offset });
      }
    }
    return messages;
  }

  private async deadLetter(message: { key?: Buffer | string | null; value: Buffer | string | null; headers?: KafkaMessage['headers'] }, reason: Record<string, string>): Promise<void> {
    const headers = { ...message.headers, 'dead-letter-consumer': this.name, ...Object.fromEntries(Object.entries(reason).map(([name, value]) => [`dead-letter-${name}`, value])) };
    await this.producer.send({ topic: this.names.deadLetters, acks: -1, messages: [{ key: this.name, value: message.value, headers: { ...headers, 'original-key': message.key ?? '' } }] });
    this.deadLettered++;
  }

  private async ends(admin: Admin, deadline: number): Promise<Map<string, { high: number; low: number }>> {
    const ends = new Map<string, { high: number; low: number }>();
    for (const topic of this.topics) {
      for (const partition of await askedUntil(() => admin.fetchTopicOffsets(topic), deadline)) ends.set(`${topic}/${partition.partition}`, { high: Number(partition.high), low: Number(partition.low) });
    }
    return ends;
  }

  private async committed(admin: Admin): Promise<Map<string, number>> {
    const committed = new Map<string, number>();
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: this.names.groupOf(this.name), topics: [...this.topics] })) {
      for (const { partition, offset } of partitions) committed.set(`${topic}/${partition}`, Number(offset));
    }
    return committed;
  }
}

function reasonOf(failure: DeliveryFailure | undefined, message: IntegrationMessage): Record<string, string> {
  return failure ? { error: failure.error, message: failure.message, attempts: String(failure.attempts), stream: message.streamId } : { error: 'behind_parked', message: 'An earlier message of its stream is parked', stream: message.streamId };
}
