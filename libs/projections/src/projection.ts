import type { RecordedEvent } from '#shared-kernel';

export type JsonObject = { readonly [key: string]: unknown };

/**
 * A read model as a pure fold: each event names the rows it touches and `evolve` computes each
 * row's next value (null deletes it). Rows are JSON documents keyed by id in a table named after
 * the projection.
 */
export interface Projection<Row extends JsonObject = JsonObject> {
  /** Lower-case SQL identifier: the table's name and the checkpoint's. */
  readonly name: string;
  readonly eventTypes: readonly string[];
  /**
   * Top-level fields a query looks rows up by, each list one btree index on those fields in order
   * (equality first, a range or order last): the JSON index serves `@>`, which plans poorly.
   */
  readonly lookups?: readonly (readonly string[])[];
  keys(event: RecordedEvent): readonly string[];
  evolve(row: Row | undefined, event: RecordedEvent): Row | null;
}
