import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  aggregateStream,
  type CommandEnvelope,
  type Decider,
  DomainError,
  IdempotencyKeyReused,
  type ReadStreamOptions,
  type RecordedEvent,
  type SnapshotPolicy,
  snapshotStreamOf,
  type StreamStore,
} from '#shared-kernel';
import { embeddedEventStore } from './embedded/embedded-event-store.js';
import type { EventStore } from './event-store.js';

// A tally of tagged items: each tag is taken once, a total is kept; the tags ever taken are found by key, not snapshotted.
type Take = { type: 'Take'; data: { tag: string; count: number } };
type Taken = { type: 'Taken' | 'Refused'; data: { tag: string; count: number } };
type Tally = { total: number; tags: ReadonlySet<string> };

const tally: Decider<Take, Taken, Tally> = {
  initialState: { total: 0, tags: new Set() },
  decide({ data }, state) {
    if (state.tags.has(data.tag)) throw new DomainError('conflict', 'tag_taken', `Tag ${data.tag} is taken`, { tag: data.tag });
    return [{ type: 'Taken', data }];
  },
  evolve: (state, { type, data }) => (type === 'Taken' ? { total: state.total + data.count, tags: new Set([...state.tags, data.tag]) } : state),
};

const policy = (schema = 1): SnapshotPolicy<Take, Taken, Tally> => ({
  every: 5,
  schema,
  save: ({ total }) => ({ total }),
  restore: (saved) => ({ total: (saved as { total: number }).total, tags: new Set() }),
  keysOf: ({ data }) => [`tag/${data.tag}`],
  claims: ({ type, data }) => (type === 'Taken' ? [`tag/${data.tag}`] : []),
  recall: (state, _keys, found) => ({ ...state, tags: new Set([...state.tags, ...found.map((event) => event.data.tag)]) }),
});

const take = (id: string, tag: string, count = 1, requestDigest?: string): CommandEnvelope<Take> => ({
  id,
  command: { type: 'Take', data: { tag, count } },
  actor: { id: 'clerk-1', role: 'processor' },
  occurredAt: '2026-06-01T12:00:00.000Z',
  ...(requestDigest === undefined ? {} : { requestDigest }),
});

/** The store, keeping how many events each read of `streamId` returned. */
function counting(store: StreamStore, streamId: string) {
  const reads: number[] = [];
  const seen: StreamStore = {
    append: (id, events, expected) => store.append(id, events, expected),
    readStream: async (id: string, options?: ReadStreamOptions) => {
      const events = await store.readStream(id, options);
      if (id === streamId) reads.push(events.length);
      return events;
    },
    findEvents: (id, lookup) => store.findEvents(id, lookup),
  };
  return { store: seen, reads };
}

describe('aggregate streams with snapshots, on a real store', () => {
  let store: EventStore;
  beforeAll(async () => void (store = await embeddedEventStore()), 60_000);
  afterAll(() => store?.close());

  const tallies = aggregateStream('tally', tally, { snapshots: policy() });
  const recordRefusal = (command: Take): Taken => ({ type: 'Refused', data: command.data });

  async function aged(id: string, commands: number): Promise<void> {
    for (let i = 0; i < commands; i++) await tallies.handle(store, id, take(`${id}/take-${i}`, `T${i}`, 1, `digest-${i}`));
  }

  it('folds only what follows the last snapshot, and decides as on the whole stream', async () => {
    const id = randomUUID();
    await aged(id, 23);
    const [snapshot] = await store.readStream(snapshotStreamOf(tallies.streamId(id)), { direction: 'backwards', maxCount: 1 });
    expect(snapshot!.data).toEqual({ schema: 1, version: 20, state: { total: 20 } });

    const { store: seen, reads } = counting(store, tallies.streamId(id));
    const { state, events } = await tallies.handle(seen, id, take('fresh', 'T-new', 4));
    expect(reads).toEqual([3]);
    expect(state.total).toBe(27);
    expect(events[0]!.metadata.keys).toEqual(['tag/T-new']);
    expect((await tallies.load(store, id)).total).toBe(27);
  });

  it('refuses a key taken long before the snapshot, found by key', async () => {
    const id = randomUUID();
    await aged(id, 12);
    await expect(tallies.handle(store, id, take('again', 'T0'))).rejects.toMatchObject({ code: 'tag_taken' });
    const refused = await tallies.handle(store, id, take('again-recorded', 'T1'), { recordRefusal });
    expect(refused).toMatchObject({ refused: true, events: [{ type: 'Refused' }] });
  });

  it('answers a replay older than the snapshot with what it recorded, and refuses its id for another request', async () => {
    const id = randomUUID();
    await aged(id, 2);
    const refusal = await tallies.handle(store, id, take('refused-early', 'T0'), { recordRefusal });
    for (let i = 2; i < 14; i++) await tallies.handle(store, id, take(`${id}/take-${i}`, `T${i}`, 1, `digest-${i}`));

    const replay = await tallies.handle(store, id, take(`${id}/take-1`, 'T1', 1, 'digest-1'));
    expect(replay).toMatchObject({ replayed: true, events: [{ type: 'Taken', data: { tag: 'T1' } }] });
    expect(replay.events[0]!.id).toBe((await store.readStream(tallies.streamId(id), { fromVersion: 2, maxCount: 1 }))[0]!.id);
    await expect(tallies.handle(store, id, take(`${id}/take-1`, 'T1', 1, 'another-digest'))).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await tallies.handle(store, id, take('refused-early', 'T0'), { recordRefusal })).toMatchObject({ replayed: true, refused: true, events: refusal.events.map(({ id: eventId }) => ({ id: eventId })) });
    expect(await store.readStream(tallies.streamId(id))).toHaveLength(15);
  });

  it('ignores a snapshot of another schema and folds the whole stream', async () => {
    const id = randomUUID();
    await aged(id, 7);
    const renewed = aggregateStream('tally', tally, { snapshots: policy(2) });
    const { store: seen, reads } = counting(store, renewed.streamId(id));
    const { state } = await renewed.handle(seen, id, take('renewed', 'T-new'));
    expect(reads).toEqual([7]);
    expect(state.total).toBe(8);
  });

  it('takes no snapshot of a stream with events that claimed no keys: they could not be found by them', async () => {
    const id = randomUUID();
    const unkeyed = aggregateStream('tally', tally);
    for (let i = 0; i < 6; i++) await unkeyed.handle(store, id, take(`${id}/old-${i}`, `T${i}`));
    await tallies.handle(store, id, take('keyed', 'T-new'));
    await expect(store.readStream(snapshotStreamOf(tallies.streamId(id)))).rejects.toMatchObject({ code: 'stream_not_found' });
    await expect(tallies.handle(store, id, take('dup', 'T3'))).rejects.toMatchObject({ code: 'tag_taken' });
  });

  it('lands every concurrent command once, snapshots and all', async () => {
    const id = randomUUID();
    await Promise.all(Array.from({ length: 30 }, (_, i) => tallies.handle(store, id, take(`${id}/c-${i}`, `C${i}`))));
    const events: readonly RecordedEvent[] = await store.readStream(tallies.streamId(id));
    expect(events).toHaveLength(30);
    expect((await tallies.load(store, id)).total).toBe(30);
    await expect(tallies.handle(store, id, take('dup', 'C0'))).rejects.toMatchObject({ code: 'tag_taken' });
  });
});
