import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'kafkajs';
import { uuidFromName } from '#shared-kernel';
import { describeWithServer, KAFKA, POSTGRES } from '#testing';
import { toKafkaMessage } from '../kafka-message.js';
import { topicName } from '../topics.js';
import type { Counted } from './counted-publication.js';
import { deadLettersOf } from './dead-letters.js';
import { type KafkaService, KafkaServices, runTag } from './kafka-services.js';

describeWithServer(KAFKA, 'kafka poison messages', (brokers) =>
  describeWithServer(POSTGRES, 'kafka poison messages over postgres', (url) => {
    describe('an unreadable message and one its consumer keeps refusing, ahead of good ones on their partition', () => {
      const run = runTag();
      const context = `poison${run}`;
      const topic = topicName(context);
      const name = `poison-${run}`;
      const [good, refused, other] = ['good', 'refused', 'other'].map((stream) => `${run}-${stream}`) as [string, string, string];
      const services = new KafkaServices(url, brokers.split(','));
      const handled: string[] = [];
      let consumer: KafkaService;

      // Written by the producer of the context as the bus writes them, but straight onto the topic, on partition 0.
      const counted = (streamId: string, seq: number): Message => ({
        ...toKafkaMessage({
          id: uuidFromName(`${run}/${streamId}/${seq}`),
          type: 'Counted',
          version: 1,
          data: { seq },
          streamId,
          metadata: { correlationId: run, causationId: run, actor: { id: 'failures', role: 'system' }, occurredAt: '2026-06-01T00:00:00Z' },
        }),
        partition: 0,
      });

      beforeAll(async () => {
        consumer = await services.open(`poison_${run}`, { topics: [{ context, types: ['Counted'] }], delivery: { maxAttempts: 3, retryDelayMs: 1 } });
        consumer.bus.consume<Counted>({
          name,
          types: ['Counted'],
          handle: async (message) => {
            if (message.streamId === refused) throw new Error('scale out of calibration');
            handled.push(`${message.streamId}/${message.data.seq}`);
          },
        });
        consumer.bus.start();
        await consumer.bus.caughtUp(30_000);
      }, 60_000);

      afterAll(() => services.dispose(), 30_000);

      it('copies both to the dead-letter topic with their reasons, and handles the good messages after them', async () => {
        const producer = services.kafka().producer();
        await producer.connect();
        // One partition throughout: the refused stream has its own key, and a key is a stream, whose later messages would wait behind it.
        await producer.send({
          topic,
          acks: -1,
          messages: [
            { key: good, value: 'not an envelope', partition: 0 },
            counted(refused, 0),
            counted(refused, 1),
            ...[0, 1, 2].flatMap((seq) => [counted(good, seq), counted(other, seq)]),
          ],
        });
        await producer.disconnect();
        await consumer.bus.caughtUp(60_000);

        expect(handled.filter((h) => h.startsWith(good))).toEqual([0, 1, 2].map((seq) => `${good}/${seq}`));
        expect(handled.filter((h) => h.startsWith(other))).toEqual([0, 1, 2].map((seq) => `${other}/${seq}`));
        const parked = await consumer.bus.consumers.get(name)!.parked();
        expect(parked.map((p) => [p.message.streamId, p.failure?.error ?? 'behind'])).toEqual([
          [refused, 'Error'],
          [refused, 'behind'],
        ]);

        const letters = await deadLettersOf(services.kafka(), name, 3, 30_000);
        expect(letters).toHaveLength(3);
        const unreadable = letters.find((letter) => letter.headers['dead-letter-error'] === 'unreadable');
        expect(unreadable).toMatchObject({ value: 'not an envelope', headers: { 'dead-letter-consumer': name, 'dead-letter-topic': topic, 'dead-letter-offset': '0', 'original-key': good } });
        expect(unreadable!.headers['dead-letter-message']).toContain('type');
        const refusedOnes = letters.filter((letter) => letter.headers['dead-letter-stream'] === refused);
        expect(refusedOnes.map((letter) => letter.headers)).toEqual([
          expect.objectContaining({ 'message-id': uuidFromName(`${run}/${refused}/0`), 'dead-letter-consumer': name, 'dead-letter-error': 'Error', 'dead-letter-message': 'scale out of calibration', 'dead-letter-attempts': '3', 'original-key': refused }),
          expect.objectContaining({ 'message-id': uuidFromName(`${run}/${refused}/1`), 'dead-letter-consumer': name, 'dead-letter-error': 'behind_parked', 'original-key': refused }),
        ]);
      }, 120_000);
    });
  }),
);
