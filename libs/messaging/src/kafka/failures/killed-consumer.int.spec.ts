import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Admin } from 'kafkajs';
import { describeWithServer, eventually, KAFKA, POSTGRES } from '#testing';
import { Topics, topicName } from '../topics.js';
import { ConsumingProcess } from './consuming-process.js';
import { appendCounts, COUNTED } from './counted-publication.js';
import { EffectsTable } from './effects-table.js';
import { committedToEnd } from './group-offsets.js';
import { type KafkaService, KafkaServices, runTag } from './kafka-services.js';
import { within } from './within.js';

const STREAMS = 30;
const PER_STREAM = 100;
const TOTAL = STREAMS * PER_STREAM;
const KILLED_AT = 1_000;
// A restarted member waits out the dead one's session (kafkajs's default, 30 s) before it gets the partitions.
const TIMEOUT_MS = 150_000;

describeWithServer(KAFKA, 'kafka consumer killed mid-stream', (brokers) =>
  describeWithServer(POSTGRES, 'kafka consumer killed mid-stream over postgres', (url) => {
    describe('a consuming service killed dead in the middle of a stream and started again', () => {
      const run = runTag();
      const context = `killed${run}`;
      const consumer = `killed-${run}`;
      const consumerSchema = `killed_consumer_${run}`;
      const effects = new EffectsTable(`${consumerSchema}_effects`);
      const env = { DATABASE_URL: url, KAFKA_BROKERS: brokers, SERVICE_SCHEMA: consumerSchema, BUS_CONTEXT: context, CONSUMER_NAME: consumer };
      const services = new KafkaServices(url, brokers.split(','));
      let publisher: KafkaService;
      let admin: Admin;
      let child: ConsumingProcess | undefined;
      let published: string[];

      beforeAll(async () => {
        publisher = await services.open(`killed_publisher_${run}`, { topics: [{ context, types: ['Counted'] }] });
        await effects.create(publisher.client);
        published = await appendCounts(publisher.store, run, STREAMS, PER_STREAM);
        publisher.bus.register(COUNTED);
        publisher.bus.start();
        await publisher.bus.caughtUp(60_000);
        admin = services.kafka().admin();
        await admin.connect();
      }, 90_000);

      afterAll(async () => {
        await child?.kill();
        await admin?.disconnect();
        if (publisher) {
          await effects.drop(publisher.client);
          await publisher.client.exec(`DROP SCHEMA IF EXISTS ${consumerSchema} CASCADE`);
        }
        await services.dispose();
      }, 30_000);

      it('loses no effect and applies none twice', async () => {
        // Killed by SIGKILL right after an effect commits, its offset not yet on Kafka: no shutdown, no last commit.
        child = ConsumingProcess.start({ ...env, FAULT_KILL_AT: `applied/${KILLED_AT}` });
        const first = child;
        expect(await within(first.exited, 60_000, () => `killed at applied/${KILLED_AT}\n${first.log}`)).toBe('SIGKILL');
        const atKill = await effects.tally(publisher.client);
        expect(atKill.applied).toBeGreaterThanOrEqual(KILLED_AT);
        expect(atKill.applied).toBeLessThan(TOTAL);

        child = ConsumingProcess.start(env);
        const second = child;
        await eventually(async () => expect((await effects.tally(publisher.client)).applied).toBe(TOTAL), { timeoutMs: 90_000, intervalMs: 200 }).catch((error: unknown) => {
          throw new Error(`${String(error)}\n${second.log}`);
        });
        await committedToEnd(admin, new Topics([]).groupOf(consumer), topicName(context), 30_000);
        expect(await second.stop()).toBe(0);

        const tally = await effects.tally(publisher.client);
        expect(await effects.ids(publisher.client)).toEqual([...published].sort());
        expect(tally.applied).toBe(TOTAL);
        // At least the message the kill followed came again, its effect already in: the inbox is what kept it once.
        expect(tally.handled).toBeGreaterThan(TOTAL);
      }, TIMEOUT_MS);
    });
  }),
);
