import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import postgres from 'postgres';
import { type CommandEnvelope, type Decider, DomainError, handleCommand, RememberedSights, sightOf, type Recorded, type StreamStore } from '#shared-kernel';
import { describeWithServer, POSTGRES } from '#testing';
import { embeddedEventStore } from './embedded/embedded-event-store.js';
import type { EventStore } from './event-store.js';
import { postgresEventStore } from './postgres/postgres-event-store.js';

type Reserve = { type: 'Reserve'; data: { volume: number; note?: string } };
type Reserved = { type: 'Reserved'; data: { volume: number; note?: string; at: { site: string; taken: readonly number[] } } };
type Quota = { used: number };

/** A quota of 10 m³ that reservations draw down; each reservation records where, nested, and a note that may be absent. */
const quota: Decider<Reserve, Reserved, Quota> = {
  initialState: { used: 0 },
  decide({ data }, state) {
    if (state.used + data.volume > 10) throw new DomainError('conflict', 'quota_exceeded', 'Quota exceeded', { used: state.used });
    return [{ type: 'Reserved', data: { ...data, at: { site: 'K060', taken: [state.used, data.volume] } } }];
  },
  evolve: (state, event) => ({ used: state.used + event.data.volume }),
};

const reserve = (id: string, volume: number, note?: string): CommandEnvelope<Reserve> => ({
  id,
  // An absent note is sent as `undefined`: what is remembered must be the stream as stored, where it is gone.
  command: { type: 'Reserve', data: { volume, note } },
  actor: { id: 'operator-1', role: 'checkpoint_operator' },
  occurredAt: '2026-06-01T12:00:00.000Z',
  requestDigest: `digest-${id}`,
});

/** The store, counting the reads of each stream. */
function counting(store: StreamStore) {
  const reads = new Map<string, number>();
  const counted: StreamStore = {
    append: (id, events, expected) => store.append(id, events, expected),
    readStream: (id, options) => {
      reads.set(id, (reads.get(id) ?? 0) + 1);
      return store.readStream(id, options);
    },
    findEvents: (id, lookup) => store.findEvents(id, lookup),
  };
  return { store: counted, reads };
}

function describeRemembering(adapter: string, open: () => Promise<EventStore>, dispose: (store: EventStore | undefined) => Promise<void>): void {
  describe(`remembered streams on ${adapter}`, () => {
    let store: EventStore;
    beforeAll(async () => void (store = await open()), 60_000);
    afterAll(() => dispose(store));

    it('holds the stream exactly as a read answers it: data and metadata as stored, position and time as recorded', async () => {
      const stream = `quota-${randomUUID()}`;
      const remembered = new RememberedSights<Reserved, Quota>(10);
      await handleCommand(store, quota, stream, reserve(`${stream}/1`, 2), { remembered });
      await handleCommand(store, quota, stream, reserve(`${stream}/2`, 3, 'second truck'), { remembered });
      const read = sightOf(quota, (await store.readStream(stream)) as readonly Recorded<Reserved>[]);
      expect(remembered.recall(stream)).toStrictEqual(read);
    });

    it('decides on the stream it holds without reading it', async () => {
      const stream = `quota-${randomUUID()}`;
      const { store: counted, reads } = counting(store);
      const remembered = new RememberedSights<Reserved, Quota>(10);
      for (let n = 1; n <= 3; n++) await handleCommand(counted, quota, stream, reserve(`${stream}/${n}`, 2), { remembered });
      expect(reads.get(stream)).toBe(1);
      expect(remembered.recall(stream)?.state).toEqual({ used: 6 });
    });

    it('reads the stream again when another wrote to it unseen, and decides on what it finds: the quota holds', async () => {
      const stream = `quota-${randomUUID()}`;
      const remembered = new RememberedSights<Reserved, Quota>(10);
      await handleCommand(store, quota, stream, reserve(`${stream}/1`, 4), { remembered });
      await handleCommand(store, quota, stream, reserve(`${stream}/other`, 4));
      await expect(handleCommand(store, quota, stream, reserve(`${stream}/2`, 4), { remembered })).rejects.toMatchObject({ code: 'quota_exceeded' });
      const result = await handleCommand(store, quota, stream, reserve(`${stream}/3`, 2), { remembered });
      expect(result).toMatchObject({ state: { used: 10 }, nextExpectedVersion: 3, replayed: false });
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    it('answers a resent command from memory as its replay, and refuses its id for another request', async () => {
      const stream = `quota-${randomUUID()}`;
      const { store: counted, reads } = counting(store);
      const remembered = new RememberedSights<Reserved, Quota>(10);
      const first = await handleCommand(counted, quota, stream, reserve(`${stream}/1`, 2), { remembered });
      const again = await handleCommand(counted, quota, stream, reserve(`${stream}/1`, 2), { remembered });
      expect(again).toMatchObject({ replayed: true, nextExpectedVersion: 1 });
      expect(again.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
      await expect(handleCommand(counted, quota, stream, { ...reserve(`${stream}/1`, 3), requestDigest: 'another request' }, { remembered })).rejects.toMatchObject({
        code: 'idempotency_key_reused',
      });
      expect(reads.get(stream)).toBe(1);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('lands every one of concurrent commands on one stream', async () => {
      const stream = `quota-${randomUUID()}`;
      const remembered = new RememberedSights<Reserved, Quota>(10);
      await Promise.all([1, 2, 3, 4, 5].map((n) => handleCommand(store, quota, stream, reserve(`${stream}/${n}`, 2), { remembered, maxAttempts: 10 })));
      expect(await store.readStream(stream)).toHaveLength(5);
      await handleCommand(store, quota, stream, reserve(`${stream}/6`, 0), { remembered });
      expect(remembered.recall(stream)?.state).toEqual({ used: 10 });
    });
  });
}

describeRemembering('the embedded store', embeddedEventStore, async (store) => store?.close());

describeWithServer(POSTGRES, 'remembered streams on postgres', (url) => {
  const schema = `remembered_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  describeRemembering(
    'postgres',
    () => postgresEventStore({ url, schema }),
    async (store) => {
      await store?.close();
      const admin = postgres(url, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  );
});
