import { describe, expect, it } from '@jest/globals';
import type { EventStore } from '#event-store';
import type { AppendResult, EventToAppend } from '#shared-kernel';
import { countedStore } from './counted-store.js';

const POSITION = { commit: 1n, prepare: 1n };
const event = (id: string): EventToAppend => ({ id, type: 'Noted', data: {}, metadata: { correlationId: id, causationId: id, actor: { id: 'a', role: 'system' }, occurredAt: '2026-01-01T00:00:00Z' } });

/** An adapter with a private field, as real ones have, answering appends as told. */
class FakeStore {
  #closed = false;
  constructor(private readonly answer: AppendResult) {}
  async append(): Promise<AppendResult> {
    return this.answer;
  }
  async close(): Promise<void> {
    this.#closed = true;
  }
  get closed(): boolean {
    return this.#closed;
  }
}

describe('the counted store', () => {
  it('counts each append by its stream and number of events, and answers what the store answered', async () => {
    const counted: [string, number][] = [];
    const store = countedStore(new FakeStore({ nextExpectedVersion: 2, position: POSITION }) as unknown as EventStore, (...call) => counted.push(call));
    await expect(store.append('lot-1', [event('a'), event('b')], 'no_stream')).resolves.toEqual({ nextExpectedVersion: 2, position: POSITION });
    expect(counted).toEqual([['lot-1', 2]]);
  });

  it('counts nothing for a retry that stored nothing', async () => {
    const counted: unknown[] = [];
    const store = countedStore(new FakeStore({ nextExpectedVersion: 2, position: POSITION, alreadyStored: true }) as unknown as EventStore, (...call) => counted.push(call));
    await store.append('lot-1', [event('a')], 1);
    expect(counted).toEqual([]);
  });

  it('hands every other call to the adapter itself', async () => {
    const adapter = new FakeStore({ nextExpectedVersion: 1, position: POSITION });
    await countedStore(adapter as unknown as EventStore, () => undefined).close();
    expect(adapter.closed).toBe(true);
  });
});
