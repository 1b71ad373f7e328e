import type { Event, Recorded } from '#shared-kernel';

export type JsonObject = { readonly [key: string]: unknown };

/**
 * How a read model keeps up with the log. `inline`: its rows are written in the append's transaction, so a command's
 * answer and the rows agree. `async`: a checkpointed subscription folds the log into its rows, milliseconds behind.
 * `live`: folded from a stream on each read, with no rows at all (a `LiveView`).
 */
export type ReadModelLifecycle = 'inline' | 'async' | 'live';

/**
 * A read model as a pure fold: each event names the rows it touches and `evolve` computes each
 * row's next value (null deletes it). Rows are JSON documents keyed by id in a table named after
 * the projection and its version (`<name>_v<version>`). `E`: the events of `eventTypes`, the only ones it is handed.
 */
export interface Projection<Row extends JsonObject = JsonObject, E extends Event = Event> {
  /** Lower-case SQL identifier: its tables' names begin with it, and operators ask for it by it. */
  readonly name: string;
  /** Only `async` runs today: no store folds a projection in its append's transaction yet (ADR 8). */
  readonly lifecycle: Exclude<ReadModelLifecycle, 'live'>;
  /**
   * The fold's version, from 1: raise it when `evolve`, `keys` or `eventTypes` change what the rows hold. At the next
   * start the rows are folded again from the start of the log into a table of the new version while the old rows keep
   * answering, until the new ones have caught up. Callers may meet rows of either shape meanwhile.
   */
  readonly version: number;
  readonly eventTypes: readonly string[];
  /**
   * Top-level fields a query looks rows up by, each list one btree index on those fields in order
   * (equality first, a range or order last): the JSON index serves `@>`, which plans poorly.
   */
  readonly lookups?: readonly (readonly string[])[];
  keys(event: Recorded<E>): readonly string[];
  /** `key`: which of `keys(event)` the row is (the runner always says), for tables holding rows of several kinds. */
  evolve(row: Row | undefined, event: Recorded<E>, key?: string): Row | null;
}

/** A read model folded from one stream on each read: no rows, so nothing to rebuild and no lag; it answers the stream's last event. */
export interface LiveView {
  /** Lower-case, like a projection's: how operators see it listed. */
  readonly name: string;
  readonly lifecycle: 'live';
  /** The streams it folds, by prefix (`permit-`). */
  readonly streams: string;
}

export function liveView(name: string, streams: string): LiveView {
  return { name, lifecycle: 'live', streams };
}
