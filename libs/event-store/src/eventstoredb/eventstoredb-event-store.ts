import { EventStoreDBClient } from '@eventstore/db-client';
import {
  readStreamOrEmpty,
  StreamNotFound,
  VersionConflict,
  type AppendResult,
  type EventLookup,
  type EventToAppend,
  type ExpectedVersion,
  type LogPosition,
  type ReadStreamOptions,
  type RecordedEvent,
} from '#shared-kernel';
import type { Backlog, BacklogOptions, EventStore, ReadAllOptions, Subscription, SubscriptionOptions } from '../event-store.js';
import { toDomainError } from './domain-errors.js';
import { EventStoreDbSubscription } from './eventstoredb-subscription.js';
import { countMatching, readAllMatching } from './global-log.js';
import { toEventData, toRecordedEvent } from './recorded-events.js';
import { toExpectedRevision, toReadRevision, toStreamPosition } from './revisions.js';

export interface EventStoreDbEventStoreOptions {
  /** A connection string, e.g. `esdb://127.0.0.1:2113?tls=false`. */
  readonly url: string;
}

export function eventStoreDbEventStore(options: EventStoreDbEventStoreOptions): EventStore {
  return new EventStoreDbEventStore(EventStoreDBClient.connectionString(options.url));
}

/** The event store on EventStoreDB: its revisions, idempotency by event id, tombstones and `$all`. */
class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly client: EventStoreDBClient) {}

  async append(streamId: string, events: readonly EventToAppend[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('An append needs at least one event');
    const expectedRevision = toExpectedRevision(expectedVersion);
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision });
      const nextExpectedVersion = toStreamPosition(result.nextExpectedRevision);
      return { nextExpectedVersion, position: result.position ?? (await this.positionOf(streamId, nextExpectedVersion)) };
    } catch (error) {
      throw toDomainError(error, streamId, expectedVersion);
    }
  }

  async readStream(streamId: string, { direction = 'forwards', fromVersion, maxCount }: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    // Nothing to return, but a missing or deleted stream must still say so.
    if ((maxCount !== undefined && maxCount < 1) || (direction === 'backwards' && fromVersion !== undefined && fromVersion < 1)) {
      await this.readStream(streamId, { maxCount: 1 });
      return [];
    }
    const fromRevision = toReadRevision(direction, fromVersion === undefined ? undefined : Math.max(fromVersion, 1));
    const events: RecordedEvent[] = [];
    try {
      for await (const { event } of this.client.readStream(streamId, { direction, fromRevision, maxCount })) {
        if (event) events.push(toRecordedEvent(event));
      }
    } catch (error) {
      throw toDomainError(error, streamId);
    }
    return events;
  }

  /** EventStoreDB has no index of a stream's events by id or key: the stream is read whole (see ADR 9). */
  async findEvents(streamId: string, { ids = [], keys = [] }: EventLookup): Promise<readonly RecordedEvent[]> {
    if (ids.length === 0 && keys.length === 0) return [];
    const wanted = new Set(keys);
    const events = await readStreamOrEmpty(this, streamId);
    return events.filter((event) => ids.includes(event.id) || (event.metadata.keys ?? []).some((key) => wanted.has(key)));
  }

  async deleteStream(streamId: string, expectedVersion: ExpectedVersion): Promise<void> {
    // A tombstone needs no stream to exist unless a version is expected; the port refuses to delete what never was.
    if (typeof expectedVersion !== 'number') await this.readStream(streamId, { maxCount: 1 });
    try {
      await this.client.tombstoneStream(streamId, { expectedRevision: toExpectedRevision(expectedVersion) });
    } catch (error) {
      const mapped = toDomainError(error, streamId, expectedVersion);
      throw mapped instanceof VersionConflict && mapped.actual === 'no_stream' ? new StreamNotFound(streamId) : mapped;
    }
  }

  readAll(options: ReadAllOptions): Promise<readonly RecordedEvent[]> {
    return readAllMatching(this.client, options);
  }

  backlog(options: BacklogOptions): Promise<Backlog> {
    return countMatching(this.client, options);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    const subscription = new EventStoreDbSubscription(this.client, options);
    this.subscriptions.add(subscription);
    void subscription.done.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** Servers that answer a write without its position: read it from the batch's last event. */
  private async positionOf(streamId: string, version: number): Promise<LogPosition> {
    const [last] = await this.readStream(streamId, { fromVersion: version, maxCount: 1 });
    if (!last) throw new Error(`Stream ${streamId} has no event at version ${version}`);
    return last.position;
  }
}
