import type { MessageMetadata } from './messages.js';

/**
 * What a writer asserts about a stream before appending: its exact version (the position of its
 * last event, starting at 1), that it does not exist yet, or nothing at all.
 */
export type ExpectedVersion = number | 'no_stream' | 'any';

/** A position in the global log: (commit, prepare). Postgres: (transaction id, global position). */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const LOG_START: LogPosition = { commit: 0n, prepare: 0n };

/** A position as an event's data carries it: JSON has no bigint. */
export type LogPositionText = {
  readonly commit: string;
  readonly prepare: string;
};

export function positionText({ commit, prepare }: LogPosition): LogPositionText {
  return { commit: commit.toString(), prepare: prepare.toString() };
}

export function positionFromText({ commit, prepare }: LogPositionText): LogPosition {
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
}

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export interface EventToAppend<Type extends string = string, Data = unknown> {
  /** Unique per stream: appending the same ids again stores nothing new. */
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: MessageMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> extends EventToAppend<Type, Data> {
  readonly streamId: string;
  /** 1 for a stream's first event. */
  readonly streamPosition: number;
  readonly position: LogPosition;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** The stream's version after the append: the position of its last event. */
  readonly nextExpectedVersion: number;
  /** Where the batch's last event stands in the global log. */
  readonly position: LogPosition;
  /** When a single event was recorded, where the store tells (not on a retry that stored nothing). */
  readonly recordedAt?: Date;
  /**
   * Every event was already in the stream under its id at that version (a retry) and nothing was written: what
   * was stored then may differ from the events sent now. Stores that cannot tell leave it out.
   */
  readonly alreadyStored?: true;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** First stream position to return (inclusive); defaults to the start, or the end when reading backwards. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

/** Which of a stream's events `findEvents` answers: those with one of `ids`, and those claiming one of `keys`. */
export interface EventLookup {
  readonly ids?: readonly string[];
  /** Matched against each event's `metadata.keys`. */
  readonly keys?: readonly string[];
}

/** The stream half of the event store: enough to run a decider. */
export interface StreamStore {
  /** Throws VersionConflict, StreamDeleted. */
  append(streamId: string, events: readonly EventToAppend[], expectedVersion: ExpectedVersion): Promise<AppendResult>;
  /** Throws StreamNotFound, StreamDeleted. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /**
   * The stream's events with one of the ids or claiming one of the keys, in stream order; none for a stream never
   * written. Where the store indexes them (Postgres, PGlite), the cost does not grow with the stream's length.
   */
  findEvents(streamId: string, lookup: EventLookup): Promise<readonly RecordedEvent[]>;
}
