import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainError, uuidFromName } from '#shared-kernel';
import type { DeliveryOptions } from '../delivery/consumer-delivery.js';
import type { IntegrationMessage } from '../integration-message.js';
import type { MessageBus } from '../message-bus.js';

/** One history of messages, and buses over it as several processes would open them. */
export interface BusWorld {
  instance(options?: { readonly delivery?: DeliveryOptions }): Promise<MessageBus>;
  dispose(): Promise<void>;
}

type Counted = { type: 'CountTaken'; version: 1; data: { stream: string; seq: number } };

const HISTORY = 10_000;
const STREAMS = 40;
const CAUGHT_UP_MS = 120_000;

/** What every bus adapter must show (the port's contract, `message-bus.ts`); each adapter's integration spec runs it. */
export function describeMessageBusContract(adapter: string, open: () => Promise<BusWorld>): void {
  describe(`message bus contract: ${adapter}`, () => {
    const run = randomUUID();
    let world: BusWorld;
    const buses: MessageBus[] = [];
    const instance = async (options?: { readonly delivery?: DeliveryOptions }) => {
      const bus = await world.instance(options);
      buses.push(bus);
      return bus;
    };
    const message = <T extends string, D>(type: T, stream: string, seq: number, data: D, version = 1): IntegrationMessage<{ type: T; version: number; data: D }> => ({
      id: uuidFromName(`${run}/${stream}/${type}/${seq}`),
      type,
      version,
      data,
      streamId: `${run}-${stream}`,
      metadata: { correlationId: run, causationId: run, actor: { id: 'contract', role: 'system' }, occurredAt: '2026-06-01T00:00:00Z' },
    });

    // 10,000 messages published before any consumer of them exists: 40 streams of 250.
    beforeAll(async () => {
      world = await open();
      const publisher = await instance();
      const history = Array.from({ length: STREAMS }, (_, s) => Array.from({ length: HISTORY / STREAMS }, (_, seq) => message('CountTaken', `s${s}`, seq, { stream: `s${s}`, seq }))).flat();
      for (let start = 0; start < history.length; start += 1_000) await publisher.publish(history.slice(start, start + 1_000));
    }, CAUGHT_UP_MS);

    afterAll(async () => {
      for (const bus of buses) await bus.stop();
      await world?.dispose();
    }, 30_000);

    it('hands a consumer deployed after 10,000 messages every one of them, once, in order per stream', async () => {
      const bus = await instance();
      const handled: IntegrationMessage<Counted>[] = [];
      bus.consume<Counted>({ name: `late-${run}`, types: ['CountTaken'], version: 1, handle: async (m) => void handled.push(m) });
      bus.start();
      await bus.caughtUp(CAUGHT_UP_MS);

      expect(handled).toHaveLength(HISTORY);
      expect(new Set(handled.map((m) => m.id)).size).toBe(HISTORY);
      for (let s = 0; s < STREAMS; s++) {
        const seqs = handled.filter((m) => m.data.stream === `s${s}`).map((m) => m.data.seq);
        expect(seqs).toEqual(Array.from({ length: HISTORY / STREAMS }, (_, seq) => seq));
      }
    }, CAUGHT_UP_MS);

    it('stopped half-way and started again elsewhere, loses and repeats nothing', async () => {
      const name = `restarted-${run}`;
      const handled: string[] = [];
      const first = await instance();
      let stopping: Promise<void> | undefined;
      first.consume<Counted>({
        name,
        types: ['CountTaken'],
        handle: async (m) => {
          handled.push(m.id);
          if (handled.length === HISTORY / 2) stopping = first.stop();
        },
      });
      first.start();
      await until(() => stopping !== undefined);
      await stopping;
      expect(handled.length).toBeLessThan(HISTORY);

      const second = await instance();
      second.consume<Counted>({ name, types: ['CountTaken'], handle: async (m) => void handled.push(m.id) });
      second.start();
      await second.caughtUp(CAUGHT_UP_MS);

      expect(handled).toHaveLength(HISTORY);
      expect(new Set(handled).size).toBe(HISTORY);
    }, CAUGHT_UP_MS);

    it('lets one instance of a consumer name handle at a time: two never both handle one message', async () => {
      const name = `shared-${run}`;
      const handledBy = new Map<string, string[]>();
      const [a, b] = [await instance(), await instance()];
      let stopping: { readonly other: MessageBus; readonly stopped: Promise<void> } | undefined;
      const handler = (who: 'a' | 'b') => async (m: IntegrationMessage<Counted>) => {
        handledBy.set(m.id, [...(handledBy.get(m.id) ?? []), who]);
        // Whichever holds the name a quarter of the way stops there: the other must take over from its position.
        if (handledBy.size === HISTORY / 4) stopping = who === 'a' ? { other: b, stopped: a.stop() } : { other: a, stopped: b.stop() };
      };
      a.consume<Counted>({ name, types: ['CountTaken'], handle: handler('a') });
      b.consume<Counted>({ name, types: ['CountTaken'], handle: handler('b') });
      a.start();
      b.start();
      await until(() => stopping !== undefined);
      await stopping!.stopped;
      await stopping!.other.caughtUp(CAUGHT_UP_MS);

      expect(handledBy.size).toBe(HISTORY);
      expect([...handledBy.values()].filter((who) => who.length > 1)).toEqual([]);
      expect(new Set([...handledBy.values()].flat())).toEqual(new Set(['a', 'b']));
    }, CAUGHT_UP_MS);

    it('retries a failure, parks what keeps failing with its stream behind it, lets other streams flow, and replays in order after a fix', async () => {
      type Step = { type: 'StepTaken'; version: 1; data: { step: string } };
      const step = (stream: string, seq: number) => message('StepTaken', stream, seq, { step: `${stream}.${seq}` });
      const bus = await instance({ delivery: { maxAttempts: 3, retryDelayMs: 1 } });
      const name = `parking-${run}`;
      const handled: string[] = [];
      const attempts = new Map<string, number>();
      let fixed = false;
      bus.consume<Step>({
        name,
        types: ['StepTaken'],
        version: 1,
        handle: async (m) => {
          const tries = (attempts.get(m.data.step) ?? 0) + 1;
          attempts.set(m.data.step, tries);
          if (m.data.step === 'a.0' && tries < 3) throw new Error('connection lost');
          if (m.data.step === 'a.1' && !fixed) throw new Error('a fault until fixed');
          handled.push(m.data.step);
        },
      });
      bus.start();
      await bus.publish([step('a', 0), step('a', 1), step('a', 2), step('b', 0), step('b', 1)]);
      await bus.caughtUp(CAUGHT_UP_MS);

      expect(handled.sort()).toEqual(['a.0', 'b.0', 'b.1']);
      expect(attempts.get('a.0')).toBe(3);
      const consumer = bus.consumers.get(name)!;
      const parked = await consumer.parked();
      expect(parked.map((p) => p.message.data)).toEqual([{ step: 'a.1' }, { step: 'a.2' }]);
      expect(parked[0]!.failure).toEqual({ error: 'Error', message: 'a fault until fixed', attempts: 3 });
      expect(parked[1]).toMatchObject({ behind: step('a', 1).id });
      expect(parked[1]!.failure).toBeUndefined();

      // Later messages of the parked stream wait too; replaying starts only at the stream's first parked message.
      await bus.publish([step('a', 3)]);
      await bus.caughtUp(CAUGHT_UP_MS);
      expect((await consumer.parked()).map((p) => p.message.id)).toEqual([step('a', 1).id, step('a', 2).id, step('a', 3).id]);
      await expect(consumer.replay(step('a', 2).id, { id: 'on-call', role: 'operator' })).rejects.toMatchObject({ code: 'not_first_of_stream' });

      const failedAgain = await consumer.replay(step('a', 1).id, { id: 'on-call', role: 'operator' });
      expect(failedAgain).toMatchObject({ replayed: [], failed: { messageId: step('a', 1).id } });
      expect((await consumer.parked())[0]!.lastReplay?.failure.message).toBe('a fault until fixed');

      fixed = true;
      const outcome = await consumer.replay(step('a', 1).id, { id: 'on-call', role: 'operator' });
      expect(outcome).toEqual({ replayed: [step('a', 1).id, step('a', 2).id, step('a', 3).id] });
      expect(await consumer.parked()).toEqual([]);
      await bus.publish([step('a', 4)]);
      await bus.caughtUp(CAUGHT_UP_MS);
      expect(handled.filter((h) => h.startsWith('a.'))).toEqual(['a.0', 'a.1', 'a.2', 'a.3', 'a.4']);
    }, CAUGHT_UP_MS);

    it('parks at once a refusal the consumer did not record, and a message of a version it does not read: nothing is dropped', async () => {
      type Noted = { type: 'NoteTaken'; version: number; data: { note: number } };
      const bus = await instance({ delivery: { maxAttempts: 5, retryDelayMs: 1 } });
      const name = `versions-${run}`;
      const tries: number[] = [];
      bus.consume<Noted>({
        name,
        types: ['NoteTaken'],
        version: 1,
        handle: async (m) => {
          tries.push(m.data.note);
          if (m.data.note === 1) throw new DomainError('conflict', 'note_refused', 'Refused');
        },
      });
      bus.start();
      await bus.publish([message('NoteTaken', 'n', 0, { note: 0 }, 2), message('NoteTaken', 'm', 0, { note: 1 })]);
      await bus.caughtUp(CAUGHT_UP_MS);

      const parked = await bus.consumers.get(name)!.parked();
      expect(parked.map((p) => p.failure?.error).sort()).toEqual(['note_refused', 'unsupported_version']);
      expect(tries).toEqual([1]);
    }, CAUGHT_UP_MS);

    it('keeps a message published twice once', async () => {
      type Once = { type: 'OnceTaken'; version: 1; data: Record<string, never> };
      const bus = await instance();
      const handled: string[] = [];
      bus.consume<Once>({ name: `once-${run}`, types: ['OnceTaken'], handle: async (m) => void handled.push(m.id) });
      bus.start();
      const once = message('OnceTaken', 'o', 0, {});
      await bus.publish([once]);
      await bus.publish([once, message('OnceTaken', 'o', 1, {})]);
      await bus.caughtUp(CAUGHT_UP_MS);
      expect(handled).toEqual([once.id, message('OnceTaken', 'o', 1, {}).id]);
    }, CAUGHT_UP_MS);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
