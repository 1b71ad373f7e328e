import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CommandEnvelope, type Decider, DomainError, handleCommand, IdempotencyKeyReused, VersionConflict } from '#shared-kernel';
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
});
