import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { Kafka, logLevel } from 'kafkajs';
import { SqlEventStore } from '#event-store';
import { DomainError, type Event } from '#shared-kernel';
import { postgresClient, type SqlClient } from '#sql';
import { describeWithServer, KAFKA, POSTGRES } from '#testing';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { Publication } from '../publication.js';
import { KafkaBus } from './kafka-bus.js';
import { topicName } from './topics.js';

type Felled = Event<'TreeFelled', { readonly tree: number }>;

// What an operator reads of a service on Kafka: relay and consumer lag, dead letters, whether the brokers answer.
describeWithServer(KAFKA, 'kafka bus probes', (brokers) =>
  describeWithServer(POSTGRES, 'kafka bus probes over postgres', (url) => {
    const run = randomUUID().replaceAll('-', '').slice(0, 12);
    const context = `probes${run}`;
    const schema = `probes_${run}`;
    let client: SqlClient;
    let store: SqlEventStore;
    let bus: KafkaBus;
    const felled = (tree: number) => ({ id: randomUUID(), type: 'TreeFelled', data: { tree }, metadata: { correlationId: run, causationId: run, actor: { id: 'probe', role: 'system' as const }, occurredAt: '2026-06-01T00:00:00Z' } });
    const publication: Publication<Felled> = {
      name: context,
      publishes: ['TreeCounted'],
      eventTypes: ['TreeFelled'],
      streamPrefixes: [`tree${run}-`],
      publish: (event) => [{ type: 'TreeCounted', version: 1, data: { tree: event.data.tree } }],
    };

    beforeAll(async () => {
      client = postgresClient({ url, maxConnections: 4 });
      store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
      for (let tree = 0; tree < 30; tree++) {
        await store.append(`tree${run}-${tree % 3}`, [felled(tree)], 'any');
      }
      bus = new KafkaBus(store, new ConsumerRegistry(), { brokers: brokers.split(','), clientId: 'probes', topics: [{ context, types: ['TreeCounted'] }], retryDelayMs: 50, delivery: { maxAttempts: 1 } });
      bus.register(publication);
      bus.consume<{ type: 'TreeCounted'; version: 1; data: { tree: number } }>({
        name: `counter-${run}`,
        types: ['TreeCounted'],
        handle: async (message) => {
          if (message.data.tree === 7) throw new DomainError('conflict', 'tree_refused', 'Tree 7 is refused');
        },
      });
      bus.start();
      await bus.caughtUp(60_000);
    }, 90_000);

    afterAll(async () => {
      await bus?.stop();
      await store?.close();
      await client?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client?.close();
      const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [topicName(context)] });
      await admin.disconnect();
    }, 30_000);

    it('tells a relay and a consumer that are caught up as no lag, and counts what went to the dead-letter topic', async () => {
      expect(await bus.relayLag()).toEqual([
        { relay: `relay.${context}`, events: 0 },
        { relay: 'relay.bus', events: 0 },
      ]);
      expect(await bus.lag()).toEqual([{ consumer: `counter-${run}`, messages: 0 }]);
      // Tree 7 was refused and parked; the later messages of its stream wait behind it, each copied too. Delivery is at
      // least once: a relay that sent a batch twice hands out trees 1 and 4 again, parked behind 7 (a replay finds them
      // in the consumer's inbox), and a batch handed out again after a rebalance is copied again.
      const parked = await bus.consumers.get(`counter-${run}`)!.parked();
      const trees = parked.map((entry) => (entry.message.data as { tree: number }).tree);
      expect(trees.slice(0, 8)).toEqual([7, 10, 13, 16, 19, 22, 25, 28]);
      expect(trees.slice(8).filter((tree) => tree !== 1 && tree !== 4)).toEqual([]);
      const [copied] = bus.deadLettered();
      expect(copied!.consumer).toBe(`counter-${run}`);
      expect(copied!.messages).toBeGreaterThanOrEqual(parked.length);
    });

    it('tells the events stored and not yet on the broker while the brokers cannot be reached', async () => {
      const cut = new KafkaBus(store, new ConsumerRegistry(), { brokers: ['127.0.0.1:1'], clientId: 'cut-off', topics: [{ context, types: ['TreeCounted'] }], retryDelayMs: 50, client: { connectionTimeout: 200, retry: { retries: 1, initialRetryTime: 50 } } });
      cut.register(publication);
      await bus.stop();
      cut.start();
      await store.append(`tree${run}-9`, [felled(100), felled(101)], 'any');
      expect((await cut.relayLag()).find((lag) => lag.relay === `relay.${context}`)).toEqual({ relay: `relay.${context}`, events: 2 });
      expect((await cut.relayLag(1)).find((lag) => lag.relay === `relay.${context}`)).toEqual({ relay: `relay.${context}`, events: 1 });
      await cut.stop();

      bus.start();
      await bus.caughtUp(60_000);
      expect((await bus.relayLag()).find((lag) => lag.relay === `relay.${context}`)).toEqual({ relay: `relay.${context}`, events: 0 });
    }, 90_000);

    it('answers a ping while the brokers answer, and rejects one when they do not', async () => {
      await expect(bus.ping()).resolves.toBeUndefined();
      const nowhere = new KafkaBus(store, new ConsumerRegistry(), { brokers: ['127.0.0.1:1'], clientId: 'nowhere', topics: [], client: { connectionTimeout: 200, retry: { retries: 1, initialRetryTime: 50 } } });
      await expect(nowhere.ping()).rejects.toThrow();
    }, 30_000);
  }),
);
