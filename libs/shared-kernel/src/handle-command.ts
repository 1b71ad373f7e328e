import type { Decider } from './decider.js';
import { DomainError, IdempotencyKeyReused, VersionConflict } from './errors.js';
import { uuidFromName } from './ids.js';
import type { Actor, Command, Event } from './messages.js';
import { conflictBackoff } from './conflict-backoff.js';
import { ambientCorrelationId } from './correlation-scope.js';
import type { Recorded, ToAppend } from './recorded.js';
import { type Snapshot, type SnapshotPolicy, snapshotStreamOf } from './snapshots.js';
import type { EventLookup, RecordedEvent, StreamStore } from './stream-store.js';
import { seeStream, sightOf, type StreamSight } from './stream-sight.js';
import { type RememberedSights, sightAfter } from './remembered-sights.js';

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
  /** Streams this process wrote or read last, decided on without a read (not with snapshots): a stale one conflicts and is read again. */
  readonly remembered?: RememberedSights<E, S>;
}

/** Events one command records at most: a replay older than the last snapshot is read back from its first. */
const MOST_EVENTS_PER_COMMAND = 64;

/**
 * Read (from the last snapshot, where the aggregate takes them) → fold → decide → append with the expected version;
 * a conflict re-reads and decides again, a bounded number of times.
 */
export async function handleCommand<C extends Command, E extends Event, S>(
  store: StreamStore,
  decider: Decider<C, E, S>,
  streamId: string,
  envelope: CommandEnvelope<C> | PendingCommand<C, E, S>,
  options: HandleOptions<C, E, S> = {},
): Promise<CommandResult<E, S>> {
  const { maxAttempts = 30, history: known, retryOn, snapshots, remembered } = options;
  if (snapshots && remembered) throw new Error(`${streamId}: a stream read from snapshots is not remembered`);
  const lookup = snapshots && lookupFor(envelope, snapshots);
  for (let attempt = 1; ; attempt++) {
    const held = attempt === 1 ? remembered?.recall(streamId) : undefined;
    const sight = held ?? (attempt === 1 && known ? sightOf(decider, known as readonly Recorded<E>[]) : await seeStream(store, decider, streamId, snapshots, lookup));
    try {
      return await decideAndAppend(store, decider, streamId, envelope, sight, options, lookup);
    } catch (error) {
      remembered?.forget(streamId);
      if (!(error instanceof VersionConflict || retryOn?.(error)) || attempt >= maxAttempts) throw error;
      // A stream held in memory was written by another: read it at once, nobody is contending.
      if (!(held && error instanceof VersionConflict)) await conflictBackoff(attempt);
    }
  }
}

async function decideAndAppend<C extends Command, E extends Event, S>(
  store: StreamStore,
  decider: Decider<C, E, S>,
  streamId: string,
  envelope: CommandEnvelope<C> | PendingCommand<C, E, S>,
  sight: StreamSight<E, S>,
  options: Pick<HandleOptions<C, E, S>, 'recordRefusal' | 'snapshots' | 'remembered'>,
  lookup?: EventLookup,
): Promise<CommandResult<E, S>> {
  const { recordRefusal, snapshots, remembered } = options;
  const { version } = sight;
  const earlier = await earlierRun(store, streamId, envelope, sight);
  // Read or recalled, the sight is the stream as it stands until an append says otherwise.
  remembered?.keep(streamId, sight);
  if (earlier.length > 0) return { events: earlier, state: sight.state, nextExpectedVersion: version, replayed: true, ...(earlier[0]!.metadata.refused === true ? { refused: true } : {}) };

  const given = typeof envelope.command === 'function' ? undefined : envelope.command;
  const command = given ?? (await (envelope as PendingCommand<C, E, S>).command({ state: sight.state, events: sight.events }));
  const state = await recalled(store, streamId, sight, snapshots, command, given !== undefined);
  const { decided, refused } = decideOrRefuse(decider, command, state, recordRefusal);
  if (decided.length === 0) return { events: [], state, nextExpectedVersion: version, replayed: false };

  const events = decided.map((e, i) => eventToAppend(e, i, envelope, refused, snapshots?.claims(e)));
  const appended = await store.append(streamId, events, version);
  // Another run of this command stored its events first, decided on facts of its own: answer those, read back.
  if (appended.alreadyStored) return decideAndAppend(store, decider, streamId, envelope, await seeStream(store, decider, streamId, snapshots, lookup), options, lookup);
  const after = remembered && sightAfter(decider, sight, streamId, events, appended);
  if (after) remembered!.keep(streamId, after);
  else remembered?.forget(streamId);
  // A remembered stream has no snapshot, so the sight's state is the one decided on: its event is folded once.
  const next = after?.state ?? decided.reduce(decider.evolve, state);
  if (snapshots && snapshotDue(snapshots, sight, appended.nextExpectedVersion)) await takeSnapshot(store, streamId, snapshots, next, appended.nextExpectedVersion, envelope);
  return { events, state: next, nextExpectedVersion: appended.nextExpectedVersion, replayed: false, ...(refused ? { refused } : {}) };
}

/** Past a snapshot, one lookup asks for this command's first event (did it run before?) and for the events its keys name. */
function lookupFor<C extends Command, E extends Event, S>(envelope: CommandEnvelope<C> | PendingCommand<C, E, S>, snapshots: SnapshotPolicy<C, E, S>): EventLookup {
  // A command built on the state read names its keys only once built.
  const keys = typeof envelope.command === 'function' ? [] : snapshots.keysOf(envelope.command);
  return { ids: [eventIdOf(envelope.id, 0)], keys };
}

/** What an earlier run of this command id recorded: read, or found by its first event's id before the snapshot. */
async function earlierRun<E extends Event, S>(
  store: StreamStore,
  streamId: string,
  envelope: Pick<CommandEnvelope<Command>, 'id' | 'requestDigest'>,
  sight: StreamSight<E, S>,
): Promise<readonly Recorded<E>[]> {
  const read = earlierEvents(sight.events, envelope);
  const first = sight.found.find((event) => event.id === eventIdOf(envelope.id, 0));
  if (read.length > 0 || !first) return read;
  // A command's events are appended together: they follow its first.
  const run = (await store.readStream(streamId, { fromVersion: first.streamPosition, maxCount: MOST_EVENTS_PER_COMMAND })) as readonly Recorded<E>[];
  return earlierEvents(run, envelope);
}

/**
 * The state with what the command's keys name rebuilt where a snapshot left it out: from the events that claim them,
 * those up to the snapshot found by key and those after it as read.
 */
async function recalled<C extends Command, E extends Event, S>(
  store: StreamStore,
  streamId: string,
  sight: StreamSight<E, S>,
  snapshots: SnapshotPolicy<C, E, S> | undefined,
  command: C,
  lookedUp: boolean,
): Promise<S> {
  const keys = sight.snapshot === undefined || !snapshots ? [] : snapshots.keysOf(command);
  if (keys.length === 0) return sight.state;
  const before = lookedUp ? sight.found : ((await store.findEvents(streamId, { keys })) as readonly Recorded<E>[]).filter((event) => event.streamPosition <= sight.snapshot!);
  const claiming = [...before, ...sight.events].filter((event) => (event.metadata.keys ?? []).some((key) => keys.includes(key)));
  return snapshots!.recall(sight.state, keys, claiming);
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
      // A workflow's own correlation first (its steps' ids derive from it), then the request's, then the command's id.
      correlationId: envelope.correlationId ?? ambientCorrelationId() ?? envelope.id,
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
