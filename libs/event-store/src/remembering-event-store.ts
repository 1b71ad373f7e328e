import type { ExpectedVersion, EventToAppend, AppendResult, ReadStreamOptions, RecordedEvent } from '#shared-kernel';
import type { EventStore, ReadAllOptions, Subscription, SubscriptionOptions } from './event-store.js';

/** Enough for the streams a busy process works on at once (a few KB each at most); past it the least recently read are forgotten. */
const MOST_REMEMBERED_EVENTS = 50_000;

/**
 * Remembers the streams it read lately and, on a whole-stream read, asks the store only for what follows:
 * recorded events never change and a stream's positions follow on from 1, so only the tail can be new. The
 * store is still asked every time, so a deleted stream throws and another process's appends are seen; what
 * is saved is reading and parsing the same events again (a permit's stream grows with every extraction).
 */
export class RememberingEventStore implements EventStore {
  private readonly remembered = new Map<string, readonly RecordedEvent[]>();
  private count = 0;

  constructor(
    private readonly store: EventStore,
    private readonly mostEvents = MOST_REMEMBERED_EVENTS,
  ) {}

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    if (options !== undefined && (options.direction === 'backwards' || options.fromVersion !== undefined || options.maxCount !== undefined)) {
      return this.store.readStream(streamId, options);
    }
    const known = this.remembered.get(streamId) ?? [];
    try {
      const tail = await this.store.readStream(streamId, known.length === 0 ? undefined : { fromVersion: known.length + 1 });
      const events = [...known, ...tail];
      // A concurrent read may have remembered more meanwhile: keep the longer.
      if (events.length >= (this.remembered.get(streamId)?.length ?? 0)) this.remember(streamId, events);
      return [...events];
    } catch (error) {
      this.forget(streamId);
      throw error;
    }
  }

  append(streamId: string, events: readonly EventToAppend[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    return this.store.append(streamId, events, expectedVersion);
  }

  async deleteStream(streamId: string, expectedVersion: ExpectedVersion): Promise<void> {
    await this.store.deleteStream(streamId, expectedVersion);
    this.forget(streamId);
  }

  readAll(options: ReadAllOptions): Promise<readonly RecordedEvent[]> {
    return this.store.readAll(options);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return this.store.subscribe(options);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private remember(streamId: string, events: readonly RecordedEvent[]): void {
    this.forget(streamId);
    this.remembered.set(streamId, events);
    this.count += events.length;
    // Maps keep insertion order: the first key is the stream read least recently.
    for (const [oldest, held] of this.remembered) {
      if (this.count <= this.mostEvents || oldest === streamId) break;
      this.remembered.delete(oldest);
      this.count -= held.length;
    }
  }

  private forget(streamId: string): void {
    const held = this.remembered.get(streamId);
    if (!held) return;
    this.remembered.delete(streamId);
    this.count -= held.length;
  }
}
