import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CommandEnvelope, type Decider, DomainError, handleCommand, IdempotencyKeyReused, type RecordedEvent, type StreamStore, VersionConflict } from '#shared-kernel';
import { embeddedEventStore } from './embedded/embedded-event-store.js';
import type { EventStore } from './event-store.js';

type Reserve = { type: 'Reserve'; data: { volume: number } };
type Reserved = { type: 'Reserved'; data: { volume: number } };

/** A quota of 10 m³ that reservations draw down. */
const quota: Decider<Reserve, Reserved, { used: number }> = {
  initialState: { used: 0 },
  decide(command, state) {
    if (state.used + command.data.volume > 10) throw new DomainError('conflict', 'quota_exceeded', 'Quota exceeded', { used: state.used });
    return [{ type: 'Reserved', data: { volume: command.data.volume } }];
  },
  evolve: (state, event) => ({ used: state.used + event.data.volume }),
};

const reserve = (id: string, volume: number): CommandEnvelope<Reserve> => ({
  id,
  command: { type: 'Reserve', data: { volume } },
  actor: { id: 'holder-1', role: 'permit_holder' },
  occurredAt: '2026-06-01T12:00:00.000Z',
  correlationId: 'journey-1',
});

type Gate = { type: 'Open' | 'Pass'; data: Record<string, never> };
type GateEvent = { type: 'Opened' | 'Passed'; data: Record<string, never> };

/** Passing is refused until the gate is open: a history that is behind refuses what the stream allows. */
const gate: Decider<Gate, GateEvent, { open: boolean }> = {
  initialState: { open: false },
  decide(command, state) {
    if (command.type === 'Open') return state.open ? [] : [{ type: 'Opened', data: {} }];
    if (!state.open) throw new DomainError('conflict', 'gate_closed', 'The gate is closed');
    return [{ type: 'Passed', data: {} }];
  },
  evolve: (state, event) => (event.type === 'Opened' ? { open: true } : state),
};

const gateCommand = (id: string, type: Gate['type']): CommandEnvelope<Gate> => ({ id, command: { type, data: {} }, actor: { id: 'operator-1', role: 'checkpoint_operator' }, occurredAt: '2026-06-01T12:00:00.000Z' });

/** The store, remembering `prefix` of a stream and counting its reads. */
function remembering(store: StreamStore, prefix: readonly RecordedEvent[]) {
  const reads: string[] = [];
  const seen: StreamStore = {
    append: (streamId, events, expectedVersion) => store.append(streamId, events, expectedVersion),
    readStream: (streamId, options) => (reads.push(streamId), store.readStream(streamId, options)),
    findEvents: (streamId, lookup) => store.findEvents(streamId, lookup),
    remembered: () => prefix,
  };
  return { store: seen, reads };
}

describe('handleCommand on a real store', () => {
  let store: EventStore;
  beforeAll(async () => void (store = await embeddedEventStore()), 60_000);
  afterAll(() => store?.close());

  it('appends the decided events with actor, time, correlation and causation', async () => {
    const result = await handleCommand(store, quota, 'quota-a', reserve('cmd-1', 4));
    expect(result).toMatchObject({ state: { used: 4 }, nextExpectedVersion: 1, replayed: false });
    const [event] = await store.readStream('quota-a');
    expect(event).toMatchObject({
      type: 'Reserved',
      data: { volume: 4 },
      metadata: { actor: { id: 'holder-1', role: 'permit_holder' }, occurredAt: '2026-06-01T12:00:00.000Z', correlationId: 'journey-1', causationId: 'cmd-1' },
    });
  });

  it('answers a retried command id with its first outcome and appends nothing', async () => {
    const first = await handleCommand(store, quota, 'quota-b', reserve('cmd-2', 3));
    const retry = await handleCommand(store, quota, 'quota-b', reserve('cmd-2', 3));
    expect(retry.replayed).toBe(true);
    expect(retry.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(await store.readStream('quota-b')).toHaveLength(1);
  });

  it('refuses a replay of a command id for another request, and answers one for the same request or recorded without a digest', async () => {
    await handleCommand(store, quota, 'quota-i', { ...reserve('cmd-i1', 3), requestDigest: 'digest-a' });
    await expect(handleCommand(store, quota, 'quota-i', { ...reserve('cmd-i1', 4), requestDigest: 'digest-b' })).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await handleCommand(store, quota, 'quota-i', { ...reserve('cmd-i1', 3), requestDigest: 'digest-a' })).toMatchObject({ replayed: true });
    await handleCommand(store, quota, 'quota-i', reserve('cmd-i2', 1));
    expect(await handleCommand(store, quota, 'quota-i', { ...reserve('cmd-i2', 1), requestDigest: 'digest-c' })).toMatchObject({ replayed: true });
    expect(await store.readStream('quota-i')).toHaveLength(2);
  });

  it('leaves the stream untouched when the decider refuses', async () => {
    await handleCommand(store, quota, 'quota-c', reserve('cmd-3', 9));
    await expect(handleCommand(store, quota, 'quota-c', reserve('cmd-4', 2))).rejects.toMatchObject({ code: 'quota_exceeded' });
    expect(await store.readStream('quota-c')).toHaveLength(1);
  });

  it('re-reads and decides again on a version conflict, so concurrent commands all land', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((n) => handleCommand(store, quota, 'quota-d', reserve(`cmd-d${n}`, 2), { maxAttempts: 10 })));
    expect(await store.readStream('quota-d')).toHaveLength(5);
  });

  it('re-decides against the new state: the quota holds under concurrency', async () => {
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => handleCommand(store, quota, 'quota-e', reserve(`cmd-e${n}`, 4), { maxAttempts: 10 })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect((await store.readStream('quota-e')).reduce((sum, e) => sum + (e.data as { volume: number }).volume, 0)).toBe(8);
  });

  it('decides first on the history the caller read, and re-reads when that history was stale', async () => {
    await handleCommand(store, quota, 'quota-g', reserve('cmd-g1', 4));
    const stale = await store.readStream('quota-g');
    await handleCommand(store, quota, 'quota-g', reserve('cmd-g2', 4));
    // On the stale history 4 m³ more would fit; the append conflicts, and the fresh read refuses it.
    await expect(handleCommand(store, quota, 'quota-g', reserve('cmd-g3', 4), { history: stale })).rejects.toMatchObject({ code: 'quota_exceeded' });
    const fresh = await store.readStream('quota-g');
    const result = await handleCommand(store, quota, 'quota-g', reserve('cmd-g4', 2), { history: fresh });
    expect(result).toMatchObject({ state: { used: 10 }, nextExpectedVersion: 3 });
  });

  it('gives up after the bounded number of attempts with the conflict', async () => {
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => handleCommand(store, quota, 'quota-f', reserve(`cmd-f${n}`, 1), { maxAttempts: 1 })));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) expect(error).toBeInstanceOf(VersionConflict);
  });

  describe('on what the store remembers', () => {
    it('decides without a read when that is the whole stream', async () => {
      await handleCommand(store, gate, 'gate-a', gateCommand('open-a', 'Open'));
      const { store: seen, reads } = remembering(store, await store.readStream('gate-a'));
      const result = await handleCommand(seen, gate, 'gate-a', gateCommand('pass-a', 'Pass'));
      expect(result).toMatchObject({ nextExpectedVersion: 2, replayed: false });
      expect(reads).toEqual([]);
    });

    it('answers a replay found there without a read', async () => {
      await handleCommand(store, gate, 'gate-b', gateCommand('open-b', 'Open'));
      const { store: seen, reads } = remembering(store, await store.readStream('gate-b'));
      expect(await handleCommand(seen, gate, 'gate-b', gateCommand('open-b', 'Open'))).toMatchObject({ replayed: true });
      expect(reads).toEqual([]);
    });

    it('decides a refusal again on a read: the gate opened since', async () => {
      await handleCommand(store, gate, 'gate-c', gateCommand('open-c', 'Open'));
      await handleCommand(store, gate, 'gate-c', gateCommand('pass-c1', 'Pass'));
      const stale = (await store.readStream('gate-c')).slice(0, 0);
      const { store: seen, reads } = remembering(store, stale);
      expect(await handleCommand(seen, gate, 'gate-c', gateCommand('pass-c2', 'Pass'))).toMatchObject({ nextExpectedVersion: 3 });
      expect(reads).toEqual(['gate-c']);
    });

    it('decides again on a read when its append conflicts', async () => {
      await handleCommand(store, quota, 'quota-h', reserve('cmd-h1', 6));
      const behind = await store.readStream('quota-h');
      await handleCommand(store, quota, 'quota-h', reserve('cmd-h2', 3));
      // 3 m³ more fit on what is remembered; the append conflicts and the read refuses it.
      await expect(handleCommand(remembering(store, behind).store, quota, 'quota-h', reserve('cmd-h3', 3))).rejects.toMatchObject({ code: 'quota_exceeded' });
      await handleCommand(store, gate, 'gate-d', gateCommand('open-d1', 'Open'));
      const { store: seen, reads } = remembering(store, []);
      // On an empty history the gate would open again: that append conflicts, and the read finds it open.
      expect(await handleCommand(seen, gate, 'gate-d', gateCommand('open-d2', 'Open'))).toMatchObject({ events: [], nextExpectedVersion: 1 });
      expect(reads).toEqual(['gate-d']);
      expect(await store.readStream('gate-d')).toHaveLength(1);
    });
  });
});
