import type { ExpectedVersion, EventLookup, EventToAppend, AppendResult, ReadStreamOptions, RecordedEvent } from '#shared-kernel';
import type { Backlog, BacklogOptions, EventStore, ReadAllOptions, Subscription, SubscriptionOptions } from './event-store.js';

/** Enough for the streams a busy process works on at once (a few KB each at most); past it the least recently read are forgotten. */
const MOST_REMEMBERED_EVENTS = 50_000;

/**
 * Remembers the streams it read lately and, on a whole-stream read, asks the store only for what follows:
 * recorded events never change and a stream's positions follow on from 1, so only the tail can be new. The
 * store is still asked every time, so a deleted stream throws and another process's appends are seen; what
 * is saved is reading and parsing the same events again (a permit's stream grows with every extraction).
 * A single event appended here is remembered too, when the store tells when it recorded it: a command
 * handler may then decide on `remembered` without a read, its expected version catching any other writer.
 */
export class RememberingEventStore implements EventStore {
  private readonly streams = new Map<string, readonly RecordedEvent[]>();
  private count = 0;

  constructor(
    private readonly store: EventStore,
    private readonly mostEvents = MOST_REMEMBERED_EVENTS,
  ) {}

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
    if (options !== undefined && (options.direction === 'backwards' || options.fromVersion !== undefined || options.maxCount !== undefined)) {
      return this.store.readStream(streamId, options);
    }
    const known = this.streams.get(streamId) ?? [];
    try {
      const tail = await this.store.readStream(streamId, known.length === 0 ? undefined : { fromVersion: known.length + 1 });
      const events = [...known, ...tail];
      // A concurrent read may have remembered more meanwhile: keep the longer.
      if (events.length >= (this.streams.get(streamId)?.length ?? 0)) this.remember(streamId, events);
      return [...events];
    } catch (error) {
      this.forget(streamId);
      throw error;
    }
  }

  findEvents(streamId: string, lookup: EventLookup): Promise<readonly RecordedEvent[]> {
    return this.store.findEvents(streamId, lookup);
  }

  remembered(streamId: string): readonly RecordedEvent[] | undefined {
    return this.streams.get(streamId);
  }

  async append(streamId: string, events: readonly EventToAppend[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    const result = await this.store.append(streamId, events, expectedVersion);
    const [event] = events;
    const known = this.streams.get(streamId) ?? [];
    // Only where the event follows on from what is held: otherwise the held prefix stays, and the next read fills the gap.
    if (events.length === 1 && event && result.recordedAt && known.length === result.nextExpectedVersion - 1) {
      // As a read would answer it: JSON, not the caller's objects.
      const { data, metadata } = JSON.parse(JSON.stringify({ data: event.data, metadata: event.metadata })) as Pick<RecordedEvent, 'data' | 'metadata'>;
      const recorded: RecordedEvent = { id: event.id, type: event.type, data, metadata, streamId, streamPosition: result.nextExpectedVersion, position: result.position, recordedAt: result.recordedAt };
      this.remember(streamId, [...known, recorded]);
    }
    return result;
  }

  async deleteStream(streamId: string, expectedVersion: ExpectedVersion): Promise<void> {
    await this.store.deleteStream(streamId, expectedVersion);
    this.forget(streamId);
  }

  readAll(options: ReadAllOptions): Promise<readonly RecordedEvent[]> {
    return this.store.readAll(options);
  }

  backlog(options: BacklogOptions): Promise<Backlog> {
    return this.store.backlog(options);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return this.store.subscribe(options);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private remember(streamId: string, events: readonly RecordedEvent[]): void {
    this.forget(streamId);
    this.streams.set(streamId, events);
    this.count += events.length;
    // Maps keep insertion order: the first key is the stream read least recently.
    for (const [oldest, held] of this.streams) {
      if (this.count <= this.mostEvents || oldest === streamId) break;
      this.streams.delete(oldest);
      this.count -= held.length;
    }
  }

  private forget(streamId: string): void {
    const held = this.streams.get(streamId);
    if (!held) return;
    this.streams.delete(streamId);
    this.count -= held.length;
  }
}
