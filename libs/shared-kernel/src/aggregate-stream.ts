import type { Decider } from './decider.js';
import { type CommandEnvelope, type CommandResult, handleCommand, type HandleOptions, type PendingCommand } from './handle-command.js';
import type { Command, Event } from './messages.js';
import { eventOfType, type Recorded } from './recorded.js';
import type { SnapshotPolicy } from './snapshots.js';
import type { StreamStore } from './stream-store.js';
import { readStreamOrEmpty, seeStream } from './stream-sight.js';

/** One aggregate's streams: `<prefix>-<id>`, folded by one decider, its events typed as the decider's. */
export interface AggregateStream<C extends Command, E extends Event, S> {
  readonly decider: Decider<C, E, S>;
  readonly snapshots?: SnapshotPolicy<C, E, S>;
  streamId(id: string): string;
  /** Its events, none for a stream never written. */
  read(store: StreamStore, id: string): Promise<readonly Recorded<E>[]>;
  /** The state its events fold to today (from the last snapshot, where the aggregate takes them: without what is found by key). */
  load(store: StreamStore, id: string): Promise<S>;
  /** The state of an aggregate that exists (its state is not `undefined`); else the stream's `missing` error. */
  loadExisting(store: StreamStore, id: string): Promise<Exclude<S, undefined>>;
  /** Read → fold → decide → append with the expected version, retried as `handleCommand` does. */
  handle(store: StreamStore, id: string, envelope: CommandEnvelope<C> | PendingCommand<C, E, S>, options?: Omit<HandleOptions<C, E, S>, 'snapshots'>): Promise<CommandResult<E, S>>;
  /** Runs a command and answers the data of the `type` event it recorded: on a replay, the one recorded the first time. */
  record<T extends E['type']>(store: StreamStore, id: string, envelope: CommandEnvelope<C>, type: T): Promise<Extract<E, { readonly type: T }>['data']>;
}

export interface AggregateStreamOptions<C extends Command, E extends Event, S> {
  /** What a command or a read meets when the aggregate was never created: a DomainError naming it. */
  readonly missing?: (id: string) => Error;
  /** For streams that grow for life: read from the last snapshot (ADR 9). */
  readonly snapshots?: SnapshotPolicy<C, E, S>;
}

export function aggregateStream<C extends Command, E extends Event, S>(
  prefix: string,
  decider: Decider<C, E, S>,
  { missing, snapshots }: AggregateStreamOptions<C, E, S> = {},
): AggregateStream<C, E, S> {
  const streamId = (id: string) => `${prefix}-${id}`;
  // The stream's name chose the decider, so its events are the decider's.
  const read = async (store: StreamStore, id: string) => (await readStreamOrEmpty(store, streamId(id))) as readonly Recorded<E>[];
  const load = async (store: StreamStore, id: string) => (await seeStream(store, decider, streamId(id), snapshots)).state;
  const handle = (store: StreamStore, id: string, envelope: CommandEnvelope<C> | PendingCommand<C, E, S>, options?: Omit<HandleOptions<C, E, S>, 'snapshots'>) =>
    handleCommand(store, decider, streamId(id), envelope, { ...options, ...(snapshots ? { snapshots } : {}) });
  return {
    decider,
    ...(snapshots ? { snapshots } : {}),
    streamId,
    read,
    load,
    handle,
    loadExisting: async (store, id) => {
      const state = await load(store, id);
      if (state === undefined) throw missing?.(id) ?? new Error(`${streamId(id)} does not exist`);
      return state as Exclude<S, undefined>;
    },
    record: async (store, id, envelope, type) => {
      const { events } = await handle(store, id, envelope);
      const event = eventOfType<E, typeof type>(events, type);
      if (!event) throw new Error(`${envelope.command.type} on ${streamId(id)} recorded ${events.map((e) => e.type).join(', ') || 'nothing'}, not ${type}`);
      return event.data;
    },
  };
}
