import type { ExpectedVersion, LogPosition, RecordedEvent, StreamStore } from '#shared-kernel';

/** Which events a global read or subscription wants; empty means all. */
export interface EventFilter {
  readonly eventTypes?: readonly string[];
  readonly streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Defaults to the start of the log. */
  readonly after?: LogPosition;
  readonly maxCount: number;
  readonly filter?: EventFilter;
}

export interface BacklogOptions {
  /** Exclusive: events after this position. Defaults to the start of the log. */
  readonly after?: LogPosition;
  readonly filter?: EventFilter;
  /** Counts no further than this many, the last of them then the last counted: a lag only asked whether it passed a bound. */
  readonly upTo?: number;
}

/** What a reader at some position has still to read: how many events, and where the last of them is. */
export interface Backlog {
  readonly events: number;
  /** The last such event's position; absent when there is none. */
  readonly last?: LogPosition;
}

/** Where a subscription keeps its checkpoint when it is not the store's own table (a projection writes it with its rows). */
export interface CheckpointSource {
  load(): Promise<LogPosition | undefined>;
}

export interface SubscriptionOptions {
  /** One active owner per name, across processes. */
  readonly name: string;
  readonly filter?: EventFilter;
  readonly batchSize?: number;
  /** Defaults to the store's checkpoint table, advanced by compare-and-set after each handled batch. */
  readonly checkpoint?: CheckpointSource;
  handle(events: readonly RecordedEvent[]): Promise<void>;
}

export interface Subscription {
  readonly name: string;
  /** Resolves once every event committed before the call was handled under this name, here or by the process owning it. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Through where every wanted event was handled under this name: here while this process owns it, else its stored checkpoint. */
  handledThrough(): Promise<LogPosition | undefined>;
  /** Stops after the batch in hand; resolves when the loop has ended and ownership is released. */
  stop(): Promise<void>;
  /** Rejects if the loop failed (a handler error stops the subscription without advancing its checkpoint). */
  readonly done: Promise<void>;
}

/** The one port of the event store: every adapter implements it and passes the shared contract suite. */
export interface EventStore extends StreamStore {
  /** Soft-deletes a stream: reads and appends then throw StreamDeleted. */
  deleteStream(streamId: string, expectedVersion: ExpectedVersion): Promise<void>;
  /** Reads the global log in commit order; never returns an event while an earlier one may still commit. */
  readAll(options: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /** Counts the events committed after `after` through the filter, readable yet or not: a read model's lag, which a stalled log then shows. */
  backlog(options: BacklogOptions): Promise<Backlog>;
  subscribe(options: SubscriptionOptions): Subscription;
  close(): Promise<void>;
}
