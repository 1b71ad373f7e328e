import { randomUUID } from 'node:crypto';
import type { EventStore } from '#event-store';
import { ConsumerRegistry, type IntegrationMessage, KafkaBus } from '#messaging';
import { Latencies } from '../shared/latencies.js';
import { progress } from '../shared/report.js';
import type { RelayBenchConfig } from './bench-config.js';
import { type LoadCounted, loadCounted, loadsPublication, streamOf } from './bench-events.js';
import { StreamCommands } from './stream-commands.js';

type LoadChecked = { type: 'LoadChecked'; version: 1; data: LoadCounted['data'] };

/**
 * Two services: one appends `LoadCounted` at a fixed rate whatever the answers' timing (open loop), its relay
 * publishes; the other's consumer records an effect in its own store. Each lag runs from the append's intended
 * time to that effect's commit; `appended` holds each append's own share (intended time to its commit).
 */
export async function endToEndLag(publisher: EventStore, subscriber: EventStore, config: RelayBenchConfig, prefix: string, context: string): Promise<{ latencies: Latencies; appended: Latencies }> {
  const topics = [{ context, types: ['LoadChecked'] }];
  const relaying = new KafkaBus(publisher, new ConsumerRegistry(), { brokers: config.brokers, clientId: `bench-lag-pub-${context}`, topics, partitions: config.partitions, relayBatchSize: config.batch });
  relaying.register(loadsPublication(context, prefix));
  const consuming = new KafkaBus(subscriber, new ConsumerRegistry(), { brokers: config.brokers, clientId: `bench-lag-sub-${context}`, topics, partitions: config.partitions });
  const latencies = new Latencies();
  const appended = new Latencies();
  consuming.consume<LoadChecked>({
    name: lagConsumer(context),
    types: ['LoadChecked'],
    handle: async (message: IntegrationMessage<LoadChecked>) => {
      // The effect: a fact recorded in the other service's store, as a consumer's command records one.
      const { alreadyStored } = await subscriber.append(`seen-${message.id}`, [{ id: message.id, type: 'LoadSeen', data: { guide: message.data.guide }, metadata: message.metadata }], 'no_stream');
      // A redelivered message has no second effect.
      if (!alreadyStored) latencies.add(Date.now() - message.data.intendedAt);
    },
  });
  // One after the other: both make the topic, and the second would otherwise lose the race and retry a second later.
  relaying.start();
  await relaying.caughtUp(60_000);
  consuming.start();
  await consuming.caughtUp(60_000);

  const total = config.lagRate * config.lagSeconds;
  const interval = 1000 / config.lagRate;
  const commands = new StreamCommands(publisher);
  const started = Date.now();
  const appends: Promise<unknown>[] = [];
  for (let seq = 0; seq < total; seq++) {
    const intendedAt = started + seq * interval;
    const wait = intendedAt - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    appends.push(commands.append(streamOf(prefix, seq, config.streams), loadCounted(seq, intendedAt)).then(() => appended.add(Date.now() - intendedAt)));
    if (seq > 0 && seq % (config.lagRate * 5) === 0) progress(`lag: ${seq} appended, ${latencies.count} seen`);
  }
  await Promise.all(appends);
  const late = Date.now() - (started + total * interval);
  progress(`lag: ${total} appended (the last ${late} ms after its time), waiting for the consumer`);
  await relaying.caughtUp(120_000);
  await consuming.caughtUp(120_000);
  await Promise.all([relaying.stop(), consuming.stop()]);
  return { latencies, appended };
}

export const lagConsumer = (context: string) => `bench-lag-${context}`;

export const lagPrefix = () => `lag${randomUUID().replaceAll('-', '').slice(0, 8)}`;
