import type { Decider } from './decider.js';
import type { Event } from './messages.js';
import type { Recorded, ToAppend } from './recorded.js';
import type { AppendResult } from './stream-store.js';
import type { StreamSight } from './stream-sight.js';

/**
 * Streams as this process last read or wrote them, for streams written to again soon: a command decides on the sight
 * held and appends with its version, so a write it did not see (another process's, another path's) fails as a
 * conflict and the stream is read again. Holds the `most` streams used last; 0 holds none.
 */
export class RememberedSights<E extends Event, S> {
  private readonly sights = new Map<string, StreamSight<E, S>>();

  constructor(private readonly most: number) {}

  recall(streamId: string): StreamSight<E, S> | undefined {
    const sight = this.sights.get(streamId);
    // Maps keep insertion order: used now, it moves to the end, and the first key is the one used longest ago.
    if (sight) this.keep(streamId, sight);
    return sight;
  }

  keep(streamId: string, sight: StreamSight<E, S>): void {
    this.sights.delete(streamId);
    if (this.most === 0 || sight.snapshot !== undefined) return;
    this.sights.set(streamId, sight);
    if (this.sights.size > this.most) this.sights.delete(this.sights.keys().next().value!);
  }

  forget(streamId: string): void {
    this.sights.delete(streamId);
  }
}

/**
 * The sight after one event was appended to it, as a read would answer it: data and metadata as stored (JSON), its
 * position and time as the store told. None where the store did not tell the time (a batch, or a store that cannot).
 */
export function sightAfter<E extends Event, S>(
  decider: Pick<Decider<never, E, S>, 'evolve'>,
  sight: StreamSight<E, S>,
  streamId: string,
  events: readonly ToAppend<E>[],
  appended: AppendResult,
): StreamSight<E, S> | undefined {
  const [event] = events;
  if (events.length !== 1 || !event || appended.recordedAt === undefined || appended.alreadyStored) return undefined;
  const recorded = {
    id: event.id,
    type: event.type,
    data: JSON.parse(JSON.stringify(event.data)) as unknown,
    metadata: JSON.parse(JSON.stringify(event.metadata)) as unknown,
    streamId,
    streamPosition: appended.nextExpectedVersion,
    position: appended.position,
    recordedAt: appended.recordedAt,
  } as Recorded<E>;
  return { state: decider.evolve(sight.state, recorded), version: appended.nextExpectedVersion, events: [...sight.events, recorded], found: [] };
}
