import { StreamNotFound } from './errors.js';
import type { Command, Event } from './messages.js';
import type { Recorded } from './recorded.js';
import type { StreamStore } from './stream-store.js';

/**
 * How an aggregate whose stream grows for life is read by a command (ADR 9): from its last snapshot, the events
 * after it, and the events found by the keys the command names. What is found by key (every lot, guide or
 * transformation ever recorded) stays out of the snapshot, so neither grows with the stream's age.
 */
export interface SnapshotPolicy<C extends Command, E extends Event, S> {
  /** A snapshot is taken once this many events follow the last one: a command folds at most about as many. */
  readonly every: number;
  /** Changes whenever the saved shape or the fold changes: a snapshot of another schema is not used. */
  readonly schema: number;
  /** The state as JSON, without what is found by key. */
  save(state: S): unknown;
  restore(saved: unknown): S;
  /** What a command's decision needs to know of, wherever it stands in the stream: `lot/<id>`, `guide/<number>`. */
  keysOf(command: C): readonly string[];
  /** What an event is found by. */
  claims(event: E): readonly string[];
  /** The state with what `keys` say rebuilt from `found`: every event that claims one of them, in stream order. */
  recall(state: S, keys: readonly string[], found: readonly Recorded<E>[]): S;
}

/** A snapshot as stored: an event of its own stream, `snapshot-<stream>`. */
export interface Snapshot {
  readonly schema: number;
  /** The version of the aggregate's stream the state was folded to. */
  readonly version: number;
  readonly state: unknown;
}

export const snapshotStreamOf = (streamId: string) => `snapshot-${streamId}`;

/** The last snapshot of a stream taken under `schema`; none for another schema, or a stream never snapshotted. */
export async function lastSnapshot(store: StreamStore, streamId: string, schema: number): Promise<Snapshot | undefined> {
  try {
    const [last] = await store.readStream(snapshotStreamOf(streamId), { direction: 'backwards', maxCount: 1 });
    const snapshot = last?.data as Snapshot | undefined;
    return snapshot?.schema === schema ? snapshot : undefined;
  } catch (error) {
    if (error instanceof StreamNotFound) return undefined;
    throw error;
  }
}
