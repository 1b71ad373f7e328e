import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { describeWithServer, KAFKA, POSTGRES } from '#testing';
import type { IntegrationMessage } from '../../integration-message.js';
import { appendCounts, COUNTED, type Counted } from './counted-publication.js';
import { type KafkaService, KafkaServices, runTag } from './kafka-services.js';

const STREAMS = 50;
const PER_STREAM = 200;
const TOTAL = STREAMS * PER_STREAM;

describeWithServer(KAFKA, 'kafka relay started after its history', (brokers) =>
  describeWithServer(POSTGRES, 'kafka relay started after its history over postgres', (url) => {
    describe('a service whose bus starts after 10,000 of its events were recorded', () => {
      const run = runTag();
      const topics = [{ context: `late${run}`, types: ['Counted'] }];
      const services = new KafkaServices(url, brokers.split(','));
      let publisher: KafkaService;
      let consumer: KafkaService;
      let published: string[];

      beforeAll(async () => {
        publisher = await services.open(`late_publisher_${run}`, { topics });
        consumer = await services.open(`late_consumer_${run}`, { topics });
        published = await appendCounts(publisher.store, run, STREAMS, PER_STREAM);
      }, 60_000);

      afterAll(() => services.dispose(), 30_000);

      it('relays every one of them, and a consumer in another service receives each once, in order per stream', async () => {
        const handled: IntegrationMessage<Counted>[] = [];
        consumer.bus.consume<Counted>({ name: `late-${run}`, types: ['Counted'], handle: async (message) => void handled.push(message) });
        consumer.bus.start();
        publisher.bus.register(COUNTED);
        publisher.bus.start();
        await publisher.bus.caughtUp(120_000);
        await consumer.bus.caughtUp(120_000);

        expect(handled).toHaveLength(TOTAL);
        expect(handled.map((message) => message.id).sort()).toEqual([...published].sort());
        for (let s = 0; s < STREAMS; s++) {
          expect(handled.filter((message) => message.streamId === `count-${run}-s${s}`).map((message) => message.data.seq)).toEqual(Array.from({ length: PER_STREAM }, (_, seq) => seq));
        }
      }, 150_000);
    });
  }),
);
