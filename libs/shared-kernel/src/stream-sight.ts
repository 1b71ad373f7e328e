import type { Decider } from './decider.js';
import { StreamNotFound } from './errors.js';
import type { Event } from './messages.js';
import type { Recorded } from './recorded.js';
import { lastSnapshot, type SnapshotPolicy } from './snapshots.js';
import type { EventLookup, ReadStreamOptions, RecordedEvent, StreamStore } from './stream-store.js';

/** A stream as a command decides on it. */
export interface StreamSight<E extends Event, S> {
  readonly state: S;
  readonly version: number | 'no_stream';
  /** The events read: the whole stream, or those after the snapshot the state started from. */
  readonly events: readonly Recorded<E>[];
  /** That snapshot's version; absent when the whole stream was read. */
  readonly snapshot?: number;
  /** Events up to that snapshot with the ids or keys a command asked for (ADR 9); none when the whole stream was read. */
  readonly found: readonly Recorded<E>[];
}

/**
 * The stream from its last snapshot where the aggregate takes them, else whole. Past a snapshot, `lookup` is asked
 * beside the read of the events after it: what it finds up to the snapshot was committed before the snapshot was.
 */
export async function seeStream<E extends Event, S>(
  store: StreamStore,
  decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>,
  streamId: string,
  snapshots?: Pick<SnapshotPolicy<never, E, S>, 'schema' | 'restore'>,
  lookup?: EventLookup,
): Promise<StreamSight<E, S>> {
  const snapshot = snapshots && (await lastSnapshot(store, streamId, snapshots.schema));
  // The stream id chose the decider, so its events are the decider's.
  if (!snapshot) return sightOf(decider, (await readStreamOrEmpty(store, streamId)) as readonly Recorded<E>[]);
  const [events, found] = (await Promise.all([store.readStream(streamId, { fromVersion: snapshot.version + 1 }), lookup ? store.findEvents(streamId, lookup) : []])) as [
    readonly Recorded<E>[],
    readonly Recorded<E>[],
  ];
  const state = events.reduce<S>((s, e) => decider.evolve(s, e), snapshots.restore(snapshot.state));
  const before = found.filter((event) => event.streamPosition <= snapshot.version);
  return { state, version: events.at(-1)?.streamPosition ?? snapshot.version, events, snapshot: snapshot.version, found: before };
}

/** The whole stream, folded. */
export function sightOf<E extends Event, S>(decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>, events: readonly Recorded<E>[]): StreamSight<E, S> {
  const state = events.reduce<S>((s, e) => decider.evolve(s, e), decider.initialState);
  return { state, version: events.length === 0 ? 'no_stream' : events[events.length - 1]!.streamPosition, events, found: [] };
}

/** A stream's events, none for a stream never written: what a decider folds from its initial state. */
export async function readStreamOrEmpty(store: StreamStore, streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
  try {
    return await store.readStream(streamId, options);
  } catch (error) {
    if (error instanceof StreamNotFound) return [];
    throw error;
  }
}
