import { type Decider, fold } from './decider.js';
import { type CommandEnvelope, type CommandResult, handleCommand, type HandleOptions, type PendingCommand, readStreamOrEmpty } from './handle-command.js';
import type { Command, Event } from './messages.js';
import { eventOfType, type Recorded } from './recorded.js';
import type { StreamStore } from './stream-store.js';

/** One aggregate's streams: `<prefix>-<id>`, folded by one decider, its events typed as the decider's. */
export interface AggregateStream<C extends Command, E extends Event, S> {
  readonly decider: Decider<C, E, S>;
  streamId(id: string): string;
  /** Its events, none for a stream never written. */
  read(store: StreamStore, id: string): Promise<readonly Recorded<E>[]>;
  /** The state its events fold to today. */
  load(store: StreamStore, id: string): Promise<S>;
  /** The state of an aggregate that exists (its state is not `undefined`); else the stream's `missing` error. */
  loadExisting(store: StreamStore, id: string): Promise<Exclude<S, undefined>>;
  /** Read → fold → decide → append with the expected version, retried as `handleCommand` does. */
  handle(store: StreamStore, id: string, envelope: CommandEnvelope<C> | PendingCommand<C, E, S>, options?: HandleOptions<C, E>): Promise<CommandResult<E, S>>;
  /** Runs a command and answers the data of the `type` event it recorded: on a replay, the one recorded the first time. */
  record<T extends E['type']>(store: StreamStore, id: string, envelope: CommandEnvelope<C>, type: T): Promise<Extract<E, { readonly type: T }>['data']>;
}

export interface AggregateStreamOptions {
  /** What a command or a read meets when the aggregate was never created: a DomainError naming it. */
  readonly missing?: (id: string) => Error;
}

export function aggregateStream<C extends Command, E extends Event, S>(prefix: string, decider: Decider<C, E, S>, { missing }: AggregateStreamOptions = {}): AggregateStream<C, E, S> {
  const streamId = (id: string) => `${prefix}-${id}`;
  // The stream's name chose the decider, so its events are the decider's.
  const read = async (store: StreamStore, id: string) => (await readStreamOrEmpty(store, streamId(id))) as readonly Recorded<E>[];
  const load = async (store: StreamStore, id: string) => fold(decider, await read(store, id));
  const handle = (store: StreamStore, id: string, envelope: CommandEnvelope<C> | PendingCommand<C, E, S>, options?: HandleOptions<C, E>) =>
    handleCommand(store, decider, streamId(id), envelope, options);
  return {
    decider,
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
