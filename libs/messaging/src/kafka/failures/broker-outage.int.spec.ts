import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { logLevel } from 'kafkajs';
import { describeWithServer, eventually, KAFKA, POSTGRES } from '#testing';
import { COUNTED, type Counted } from './counted-publication.js';
import { EffectsTable } from './effects-table.js';
import { type KafkaService, KafkaServices, runTag } from './kafka-services.js';
import { PrivateBroker } from './private-broker.js';
import { RecordingLoad } from './recording-load.js';

const OUTAGE_MS = 10_000;
const STREAMS = 10;
// Short kafkajs timeouts and retries: a request to the stopped broker fails in about a second, and the bus's own retry
// takes over; kafkajs's own lines are silenced, as the outage makes hundreds of expected connection errors.
const CLIENT = { connectionTimeout: 1_000, requestTimeout: 5_000, retry: { initialRetryTime: 100, maxRetryTime: 1_000, retries: 5 }, logLevel: logLevel.NOTHING };

// The suite's broker is only its gate: this test stops a broker of its own, never the one other suites share.
describeWithServer(KAFKA, 'kafka broker stopped under load', () =>
  describeWithServer(POSTGRES, 'kafka broker stopped under load over postgres', (url) => {
    describe('the broker stopped for 10 s while a service keeps recording', () => {
      const run = runTag();
      const context = `outage${run}`;
      const topics = [{ context, types: ['Counted'] }];
      const effects = new EffectsTable(`outage_effects_${run}`);
      let broker: PrivateBroker;
      let services: KafkaServices;
      let publisher: KafkaService;
      let consumer: KafkaService;

      beforeAll(async () => {
        broker = await PrivateBroker.create();
        await broker.start();
        services = new KafkaServices(url, broker.brokers);
        publisher = await services.open(`outage_publisher_${run}`, { topics, brokers: broker.brokers, client: CLIENT });
        consumer = await services.open(`outage_consumer_${run}`, { topics, brokers: broker.brokers, client: CLIENT });
        await effects.create(consumer.client);
        publisher.bus.register(COUNTED);
        consumer.bus.consume<Counted>({ name: `outage-${run}`, types: ['Counted'], handle: async (message) => void (await effects.apply(consumer.client, message)) });
        publisher.bus.start();
        consumer.bus.start();
      }, 120_000);

      afterAll(async () => {
        if (consumer) await effects.drop(consumer.client);
        await services?.dispose();
        await broker?.remove();
      }, 60_000);

      it('keeps accepting appends while it is down, and once it is back the consumer has every message once in effect', async () => {
        const load = new RecordingLoad(publisher.store, run, STREAMS, 10);
        let duringOutage: number;
        try {
          await eventually(async () => expect((await effects.tally(consumer.client)).applied).toBeGreaterThan(0), { timeoutMs: 30_000 });
          await broker.stop();
          const beforeOutage = load.appended.length;
          await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
          duringOutage = load.appended.length - beforeOutage;
          await broker.start();
        } finally {
          await load.stop();
        }

        // caughtUp rejects with the relay's or the admin's last failure while they retry after the outage: asked again until the deadline.
        await eventually(() => publisher.bus.caughtUp(10_000), { timeoutMs: 40_000, intervalMs: 500 });
        await eventually(() => consumer.bus.caughtUp(10_000), { timeoutMs: 40_000, intervalMs: 500 });
        expect(duringOutage).toBeGreaterThan(0);
        expect(await effects.ids(consumer.client)).toEqual([...load.appended].sort());
        expect((await effects.tally(consumer.client)).applied).toBe(load.appended.length);
      }, 90_000);
    });
  }),
);
