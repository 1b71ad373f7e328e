import type { Decider } from './decider.js';
import { DomainError, IdempotencyKeyReused, StreamDeleted, StreamNotFound, VersionConflict } from './errors.js';
import { uuidFromName } from './ids.js';
import type { Actor, Command, Event } from './messages.js';
import { conflictBackoff } from './conflict-backoff.js';
import type { Recorded, ToAppend } from './recorded.js';
import type { ReadStreamOptions, RecordedEvent, StreamStore } from './stream-store.js';

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

export interface HandleOptions<C extends Command = Command, E extends Event = Event> {
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
}

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
  { maxAttempts = 30, history: known, retryOn, recordRefusal }: HandleOptions<C, E> = {},
): Promise<CommandResult<E, S>> {
  const remembered = known ? undefined : store.remembered?.(streamId);
  if (remembered) {
    try {
      // Refusals are not recorded on a history that may be behind: the read below decides them.
      const result = await decideAndAppend(store, decider, streamId, envelope, remembered);
      if (result.replayed || result.events.length > 0) return result;
    } catch (error) {
      if (!(error instanceof DomainError) || error instanceof StreamDeleted || error instanceof IdempotencyKeyReused) throw error;
    }
  }
  for (let attempt = 1; ; attempt++) {
    const read = attempt === 1 && known ? known : await readStreamOrEmpty(store, streamId);
    try {
      return await decideAndAppend(store, decider, streamId, envelope, read, recordRefusal);
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
  read: readonly RecordedEvent[],
  recordRefusal?: (command: C, refusal: DomainError) => E,
): Promise<CommandResult<E, S>> {
  // The one place a stream's events are taken as its aggregate's: the stream id chose the decider.
  const history = read as readonly Recorded<E>[];
  const state = history.reduce<S>((s, e) => decider.evolve(s, e), decider.initialState);
  const version = history.length === 0 ? 'no_stream' : history[history.length - 1]!.streamPosition;

  const earlier = earlierEvents(history, envelope);
  if (earlier.length > 0) return { events: earlier, state, nextExpectedVersion: version, replayed: true, ...(earlier[0]!.metadata.refused === true ? { refused: true } : {}) };

  const command = typeof envelope.command === 'function' ? await envelope.command({ state, events: history }) : envelope.command;
  const { decided, refused } = decideOrRefuse(decider, command, state, recordRefusal);
  if (decided.length === 0) return { events: [], state, nextExpectedVersion: version, replayed: false };

  const events = decided.map((e, i) => eventToAppend(e, i, envelope, refused));
  const appended = await store.append(streamId, events, version);
  // Another run of this command stored its events first, decided on facts of its own: answer those, read back.
  if (appended.alreadyStored) return decideAndAppend(store, decider, streamId, envelope, await readStreamOrEmpty(store, streamId), recordRefusal);
  const next = decided.reduce(decider.evolve, state);
  return { events, state: next, nextExpectedVersion: appended.nextExpectedVersion, replayed: false, ...(refused ? { refused } : {}) };
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

/** A stream's events, none for a stream never written: what a decider folds from its initial state. */
export async function readStreamOrEmpty(store: StreamStore, streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]> {
  try {
    return await store.readStream(streamId, options);
  } catch (error) {
    if (error instanceof StreamNotFound) return [];
    throw error;
  }
}

/** The `index`-th event a command records, with the id and metadata a retry of the command makes again. */
export function eventToAppend<E extends Event>(event: E, index: number, envelope: Omit<CommandEnvelope<Command>, 'command'>, refused?: true): ToAppend<E> {
  return {
    ...event,
    id: uuidFromName(`${envelope.id}/${index}`),
    metadata: {
      correlationId: envelope.correlationId ?? envelope.id,
      causationId: envelope.id,
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      ...(envelope.requestDigest === undefined ? {} : { requestDigest: envelope.requestDigest }),
      // Marks a recorded refusal, so a replay of the command answers it as one.
      ...(refused ? { refused } : {}),
    },
  };
}
