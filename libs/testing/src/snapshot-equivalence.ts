import { expect } from '@jest/globals';
import { type AggregateStream, aggregateStream, type Command, type CommandEnvelope, DomainError, type Event, type HandleOptions, snapshotStreamOf, type StreamStore } from '#shared-kernel';

/** A command as the app sends it, with the options its handler or consumer passes. */
export interface Sent<C extends Command, E extends Event, S> {
  readonly envelope: CommandEnvelope<C>;
  readonly options?: Omit<HandleOptions<C, E, S>, 'snapshots'>;
}

/** What a command came to, comparable across streams: the error's code, or what was recorded (or replayed). */
async function outcome<C extends Command, E extends Event, S>(stream: AggregateStream<C, E, S>, store: StreamStore, id: string, sent: Sent<C, E, S>) {
  try {
    const { events, replayed, refused } = await stream.handle(store, id, sent.envelope, sent.options);
    return { replayed, refused: refused === true, events: events.map(({ type, data }) => ({ type, data })) };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.code, details: error.details };
    throw error;
  }
}

/**
 * Sends every command to the aggregate as its stream is read (from snapshots) and to a twin stream read whole, and
 * expects the same answer each time: snapshots and keys change what is read, never what is decided.
 */
export async function expectSnapshotsDecideAsWholeStreams<C extends Command, E extends Event, S>(
  store: StreamStore,
  stream: AggregateStream<C, E, S>,
  id: string,
  commands: readonly Sent<C, E, S>[],
): Promise<{ snapshotsTaken: boolean; outcomes: readonly unknown[] }> {
  const whole = aggregateStream(`whole-${stream.streamId('')}`, stream.decider);
  const outcomes = [];
  for (const sent of commands) {
    const read = await outcome(stream, store, id, sent);
    expect({ command: sent.envelope.command, outcome: read }).toEqual({ command: sent.envelope.command, outcome: await outcome(whole, store, id, sent) });
    outcomes.push(read);
  }
  const snapshots = await store.readStream(snapshotStreamOf(stream.streamId(id))).catch(() => []);
  return { snapshotsTaken: snapshots.length > 0, outcomes };
}

/** Draws whole numbers below `n`, the same sequence for the same seed (mulberry32). */
export function seededDraw(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}
