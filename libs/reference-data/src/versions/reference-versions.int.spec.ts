import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import { eventually } from '#testing';
import type { ReadStreamOptions, RecordedEvent, StreamStore } from '#shared-kernel';
import { referenceStreamId } from '../domain/catalogue.js';
import { ReferenceVersions } from './reference-versions.js';

const clerk = { id: 'clerk', role: 'regulator', organisation: 'SERFOR' };

/** The real store, counting stream reads and holding each finished read until released, so a read can be caught under way. */
class WatchedStore implements StreamStore {
  reads = 0;
  /** Reads whose events came back from the store (held or not). */
  answered = 0;
  private gate?: Promise<void>;
  private open?: () => void;

  constructor(private readonly store: EventStore) {}

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    this.reads++;
    const events = await this.store.readStream(streamId, options);
    this.answered++;
    await this.gate;
    return events;
  }

  append: StreamStore['append'] = (...args) => this.store.append(...args);
}

describe('reference versions read live from the store', () => {
  let store: EventStore;
  beforeAll(async () => void (store = await embeddedEventStore()), 60_000);
  afterAll(() => store?.close());

  const publishUit = (version: number, effectiveFrom: string) =>
    store.append(
      referenceStreamId('uit'),
      [{ id: randomUUID(), type: 'ReferenceVersionPublished', data: { catalogue: 'uit', version, effectiveFrom, entries: [{ year: 2026, amountPen: 5500 + version }] }, metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: clerk, occurredAt: '2026-01-01T00:00:00Z' } }],
      version === 1 ? 'no_stream' : version - 1,
    );

  it('share one read among lookups arriving together', async () => {
    await publishUit(1, '2026-01-01');
    const watched = new WatchedStore(store);
    const versions = new ReferenceVersions(watched);
    const answers = await Promise.all(Array.from({ length: 20 }, () => versions.inForce('uit', new Date('2026-06-01'))));
    expect(watched.reads).toBe(1);
    expect(new Set(answers.map((answer) => answer?.version))).toEqual(new Set([1]));
  });

  it('answer a lookup made after a publication with it, even while an older read is under way', async () => {
    const watched = new WatchedStore(store);
    const versions = new ReferenceVersions(watched);
    watched.hold();
    const before = versions.inForce('uit', new Date('2026-08-01'));
    await eventually(async () => expect(watched.answered).toBe(1));
    await publishUit(2, '2026-07-01');
    const after = versions.inForce('uit', new Date('2026-08-01'));
    const alsoAfter = versions.inForce('uit', new Date('2026-08-01'));
    watched.release();
    expect((await before)?.version).toBe(1);
    expect((await after)?.version).toBe(2);
    expect((await alsoAfter)?.version).toBe(2);
    expect(watched.reads).toBe(2);
  });
});
