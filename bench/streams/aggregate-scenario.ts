import type { EventToAppend, RecordedEvent, StreamStore } from '#shared-kernel';

/** One aggregate kind as the bench drives it: an aged aggregate written up front, fresh ones made on demand, one kind of command. */
export interface AggregateScenario {
  /** `permit`, `processor`: prefixes the figures. */
  readonly label: string;
  /** The event the measured command records. */
  readonly commandEvent: string;
  readonly agedId: string;
  streamId(id: string): string;
  /** The aged aggregate's events, decided as the app would have recorded them, in order. */
  agedHistory(): readonly EventToAppend[];
  /** New aggregates made through the store as the app makes them (registered, and what a command needs), their ids. */
  createFresh(store: StreamStore, count: number): Promise<string[]>;
  /** The measured command on aggregate `id` through the aggregate's stream; fails unless it recorded `commandEvent`. */
  command(store: StreamStore, id: string): Promise<void>;
  /** Folds a stream of this aggregate as every command does. */
  fold(events: readonly RecordedEvent[]): unknown;
}
