import type { Decider } from './decider.js';
import { DomainError, IdempotencyKeyReused, StreamDeleted, VersionConflict } from './errors.js';
import { uuidFromName } from './ids.js';
import type { Actor, Command, Event } from './messages.js';
import { conflictBackoff } from './conflict-backoff.js';
import type { Recorded, ToAppend } from './recorded.js';
import { type Snapshot, type SnapshotPolicy, snapshotStreamOf } from './snapshots.js';
import type { EventLookup, RecordedEvent, StreamStore } from './stream-store.js';
import { seeStream, sightOf, type StreamSight } from './stream-sight.js';

/** A command as it arrives at the application: its id doubles as the idempotency key. */
export interface CommandEnvelope<C extends Command> {
  readonly id: string;
  readonly command: C;
  readonly actor: Actor;
  readonly occurredAt: string;
  readonly correlationId?: string;
  /** A digest of the request the id came from: a replay of the id with another digest is refused, not answered. */
  readonly requestDigest?: string;
}

/**
 * A command whose content depends on the stream as read (facts gathered for the state it finds): built on each
 * read, after a replay was ruled out, so a retry after a conflict decides on fresh facts.
 */
export interface PendingCommand<C extends Command, E extends Event, S> extends Omit<CommandEnvelope<C>, 'command'> {
  command(current: { readonly state: S; readonly events: readonly Recorded<E>[] }): Promise<C>;
}

export interface CommandResult<E extends Event, S> {
  /** As appended now, or as recorded the first time on a replay. */
  readonly events: readonly (Recorded<E> | ToAppend<E>)[];
  readonly state: S;
  readonly nextExpectedVersion: number | 'no_stream';
  /** True when this command id had already been handled and nothing new was appended. */
  readonly replayed: boolean;
  /** Set when the decider refused and the refusal was recorded as an event (`recordRefusal`), now or the first time. */
  readonly refused?: boolean;
}

export interface HandleOptions<C extends Command = Command, E extends Event = Event, S = unknown> {
  /** Attempts in all, the first included (default 30): a conflict is retried after a short random pause. */
  readonly maxAttempts?: number;
  /** The stream as the caller has just read it, decided on first: saves a read; a conflict still re-reads. */
  readonly history?: readonly RecordedEvent[];
  /** An error meaning the stream changed under the facts the command was built on: read, build and decide again. */
  readonly retryOn?: (error: unknown) => boolean;
  /**
   * Records the decider's refusal as this event instead of throwing it: for commands another context or a process
   * sends, whose refusals must be seen and kept, not lost. The event is recorded under the command id, so a
   * redelivery answers it as a replay. Conflicts, a reused idempotency key and a deleted stream still throw.
   */
  readonly recordRefusal?: (command: C, refusal: DomainError) => E;
  /** The aggregate's snapshots, where its stream grows for life: set by its `aggregateStream`. */
  readonly snapshots?: SnapshotPolicy<C, E, S>;
}

/** Events one command records at most: a replay older than the last snapshot is read back from its first. */
const MOST_EVENTS_PER_COMMAND = 64;

/**
 * Read → fold → decide → append with the expected version; a conflict re-reads and decides again, a bounded number of times.
 * Where the store remembers the stream, that is tried first without a read; as it may be behind, only an append it
 * wins or a recorded replay is answered on it, and a refusal or nothing to do is decided again on a read.
 */
export async function handleCommand<C extends Command, E extends Event, S>(
  store: StreamStore,
  decider: Decider<C, E, S>,
  streamId: string,
  envelope: CommandEnvelope<C> | PendingCommand<C, E, S>,
  options: HandleOptions<C, E, S> = {},
): Promise<CommandResult<E, S>> {
  const { maxAttempts = 30, history: known, retryOn, snapshots } = options;
  const remembered = known || snapshots ? undefined : store.remembered?.(streamId);
  if (remembered) {
    try {
      // Refusals are not recorded on a history that may be behind: the read below decides them.
      const result = await decideAndAppend(store, decider, streamId, envelope, sightOf(decider, remembered as readonly Recorded<E>[]), { snapshots });
      if (result.replayed || result.events.length > 0) return result;
    } catch (error) {
      if (!(error instanceof DomainError) || error instanceof StreamDeleted || error instanceof IdempotencyKeyReused) throw error;
    }
  }
  for (let attempt = 1; ; attempt++) {
    const sight = attempt === 1 && known ? sightOf(decider, known as readonly Recorded<E>[]) : await seeStream(store, decider, streamId, snapshots);
    try {
      return await decideAndAppend(store, decider, streamId, envelope, sight, options);
    } catch (error) {
      if (!(error instanceof VersionConflict || retryOn?.(error)) || attempt >= maxAttempts) throw error;
      await conflictBackoff(attempt);
    }
  }
}

async function decideAndAppend<C extends Command, E extends Event, S>(
  store: StreamStore,
  decider: Decider<C, E, S>,
  streamId: string,
  envelope: CommandEnvelope<C> | PendingCommand<C, E, S>,
  sight: StreamSight<E, S>,
  options: Pick<HandleOptions<C, E, S>, 'recordRefusal' | 'snapshots'>,
): Promise<CommandResult<E, S>> {
  const { recordRefusal, snapshots } = options;
  const { version } = sight;
  const given = typeof envelope.command === 'function' ? undefined : envelope.command;
  // Past a snapshot, one lookup finds this command's first event if it ran before and the events its keys name.
  const found = await lookBack(store, streamId, sight, { ids: [eventIdOf(envelope.id, 0)], keys: given ? keysOf(sight, snapshots, given) : [] });

  const earlier = await earlierRun(store, streamId, envelope, sight, found);
  if (earlier.length > 0) return { events: earlier, state: sight.state, nextExpectedVersion: version, replayed: true, ...(earlier[0]!.metadata.refused === true ? { refused: true } : {}) };

  const command = given ?? (await (envelope as PendingCommand<C, E, S>).command({ state: sight.state, events: sight.events }));
  const state = await recalled(store, streamId, sight, snapshots, command, given ? found : undefined);
  const { decided, refused } = decideOrRefuse(decider, command, state, recordRefusal);
  if (decided.length === 0) return { events: [], state, nextExpectedVersion: version, replayed: false };

  const events = decided.map((e, i) => eventToAppend(e, i, envelope, refused, snapshots?.claims(e)));
  const appended = await store.append(streamId, events, version);
  // Another run of this command stored its events first, decided on facts of its own: answer those, read back.
  if (appended.alreadyStored) return decideAndAppend(store, decider, streamId, envelope, await seeStream(store, decider, streamId, snapshots), options);
  const next = decided.reduce(decider.evolve, state);
  if (snapshots && snapshotDue(snapshots, sight, appended.nextExpectedVersion)) await takeSnapshot(store, streamId, snapshots, next, appended.nextExpectedVersion, envelope);
  return { events, state: next, nextExpectedVersion: appended.nextExpectedVersion, replayed: false, ...(refused ? { refused } : {}) };
}

/** Nothing before the snapshot is needed when the whole stream was read. */
async function lookBack<E extends Event, S>(store: StreamStore, streamId: string, sight: StreamSight<E, S>, lookup: EventLookup): Promise<readonly Recorded<E>[]> {
  if (sight.snapshot === undefined) return [];
  const found = (await store.findEvents(streamId, lookup)) as readonly Recorded<E>[];
  // Events appended since the read are not part of what is decided on: the append's expected version answers them.
  return found.filter((event) => event.streamPosition <= (sight.version as number));
}

function keysOf<C extends Command, E extends Event, S>(sight: StreamSight<E, S>, snapshots: SnapshotPolicy<C, E, S> | undefined, command: C): readonly string[] {
  return sight.snapshot === undefined || !snapshots ? [] : snapshots.keysOf(command);
}

/** What an earlier run of this command id recorded: read, or found by its first event's id past the snapshot. */
async function earlierRun<E extends Event, S>(
  store: StreamStore,
  streamId: string,
  envelope: Pick<CommandEnvelope<Command>, 'id' | 'requestDigest'>,
  sight: StreamSight<E, S>,
  found: readonly Recorded<E>[],
): Promise<readonly Recorded<E>[]> {
  const read = earlierEvents(sight.events, envelope);
  const first = found.find((event) => event.id === eventIdOf(envelope.id, 0));
  if (read.length > 0 || !first) return read;
  // A command's events are appended together: they follow its first.
  const run = (await store.readStream(streamId, { fromVersion: first.streamPosition, maxCount: MOST_EVENTS_PER_COMMAND })) as readonly Recorded<E>[];
  return earlierEvents(run, envelope);
}

/** The state with what the command's keys name rebuilt from the events found by them, where a snapshot left it out. */
async function recalled<C extends Command, E extends Event, S>(
  store: StreamStore,
  streamId: string,
  sight: StreamSight<E, S>,
  snapshots: SnapshotPolicy<C, E, S> | undefined,
  command: C,
  found: readonly Recorded<E>[] | undefined,
): Promise<S> {
  const keys = keysOf(sight, snapshots, command);
  if (keys.length === 0) return sight.state;
  const byKey = found ?? (await lookBack(store, streamId, sight, { keys }));
  return snapshots!.recall(sight.state, keys, byKey.filter((event) => (event.metadata.keys ?? []).some((key) => keys.includes(key))));
}

/** Due once `every` events follow the last snapshot, and only where each of them claimed its keys (events recorded before keys were claimed are found by none). */
function snapshotDue<C extends Command, E extends Event, S>(snapshots: SnapshotPolicy<C, E, S>, sight: StreamSight<E, S>, version: number): boolean {
  return version - (sight.snapshot ?? 0) >= snapshots.every && sight.events.every((event) => event.metadata.keys !== undefined);
}

async function takeSnapshot<C extends Command, E extends Event, S>(
  store: StreamStore,
  streamId: string,
  snapshots: SnapshotPolicy<C, E, S>,
  state: S,
  version: number,
  envelope: Omit<CommandEnvelope<Command>, 'command'>,
): Promise<void> {
  const snapshot: Snapshot = { schema: snapshots.schema, version, state: snapshots.save(state) };
  // Any writer may take it; the last one stored is used, whichever version it holds.
  await store.append(snapshotStreamOf(streamId), [eventToAppend({ type: 'Snapshot', data: snapshot }, MOST_EVENTS_PER_COMMAND, envelope)], 'any');
}

/** The decision, or the refusal as its event where the caller records refusals. */
function decideOrRefuse<C extends Command, E extends Event, S>(
  decider: Decider<C, E, S>,
  command: C,
  state: S,
  recordRefusal?: (command: C, refusal: DomainError) => E,
): { decided: readonly E[]; refused?: true } {
  try {
    return { decided: decider.decide(command, state) };
  } catch (error) {
    if (!recordRefusal || !(error instanceof DomainError) || error instanceof VersionConflict) throw error;
    return { decided: [recordRefusal(command, error)], refused: true };
  }
}

/** What an earlier run of this command id recorded (none if it never ran); refuses a run for another request under the same id. */
export function earlierEvents<E extends RecordedEvent>(history: readonly E[], { id, requestDigest }: Pick<CommandEnvelope<Command>, 'id' | 'requestDigest'>): E[] {
  const earlier = history.filter((e) => e.metadata.causationId === id);
  const recorded = earlier[0]?.metadata.requestDigest;
  // Events recorded before requests had digests are answered as replays.
  if (requestDigest !== undefined && recorded !== undefined && recorded !== requestDigest) throw new IdempotencyKeyReused(id);
  return earlier;
}

/** The `index`-th event a command records, with the id and metadata a retry of the command makes again. */
export function eventToAppend<E extends Event>(event: E, index: number, envelope: Omit<CommandEnvelope<Command>, 'command'>, refused?: true, keys?: readonly string[]): ToAppend<E> {
  return {
    ...event,
    id: eventIdOf(envelope.id, index),
    metadata: {
      correlationId: envelope.correlationId ?? envelope.id,
      causationId: envelope.id,
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      ...(envelope.requestDigest === undefined ? {} : { requestDigest: envelope.requestDigest }),
      // Marks a recorded refusal, so a replay of the command answers it as one.
      ...(refused ? { refused } : {}),
      ...(keys === undefined ? {} : { keys }),
    },
  };
}

/** The id of the `index`-th event a command records: the same on every retry of the command. */
function eventIdOf(commandId: string, index: number): string {
  return uuidFromName(`${commandId}/${index}`);
}
