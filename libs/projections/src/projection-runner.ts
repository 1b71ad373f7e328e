import type { EventStore, Subscription } from '#event-store';
import type { SqlClient } from '#sql';
import type { LogPosition, RecordedEvent } from '#shared-kernel';
import { applyBatch } from './apply-batch.js';
import type { JsonObject, Projection } from './projection.js';
import { ProjectionTables } from './projection-tables.js';

export interface RebuildProgress {
  readonly projection: string;
  /** Events folded since the rebuild began. */
  readonly events: number;
  readonly position: LogPosition;
}

export interface ProjectionRunnerOptions {
  /** Schema of the read-model tables. */
  readonly schema?: string;
  readonly batchSize?: number;
}

/**
 * Keeps one asynchronous projection up to date: a subscription named after it feeds batches that
 * are folded and written, with the checkpoint, in one transaction.
 */
export class ProjectionRunner<Row extends JsonObject = JsonObject> {
  readonly tables: ProjectionTables;
  private subscription?: Subscription;
  private stored?: LogPosition;

  constructor(
    private readonly store: EventStore,
    private readonly db: SqlClient,
    private readonly projection: Projection<Row>,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    if (projection.lifecycle !== 'async') throw new Error(`Projection ${projection.name} is ${projection.lifecycle}: this runner keeps async projections only`);
    this.tables = new ProjectionTables(options.schema ?? 'read_models', projection.name, projection.lookups);
  }

  async start(onBatch?: (events: readonly RecordedEvent[]) => void): Promise<void> {
    await this.db.transaction((tx) => this.tables.create(tx));
    this.subscription = this.store.subscribe({
      name: `projection.${this.tables.table}`,
      filter: { eventTypes: this.projection.eventTypes },
      batchSize: this.options.batchSize ?? 500,
      checkpoint: { load: async () => (this.stored = await this.tables.checkpoint(this.db)) },
      handle: async (events) => {
        this.stored = await this.db.transaction((tx) => applyBatch(tx, this.tables, this.projection, events, this.stored!));
        onBatch?.(events);
      },
    });
  }

  caughtUp(timeoutMs?: number): Promise<void> {
    return this.running().caughtUp(timeoutMs);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Empties the table, folds the whole log again from the start and reports progress after every batch. */
  async rebuild(onProgress: (progress: RebuildProgress) => void, timeoutMs = 10 * 60_000): Promise<void> {
    await this.stop();
    await this.db.transaction((tx) => this.tables.reset(tx));
    let folded = 0;
    await this.start((events) => {
      folded += events.length;
      onProgress({ projection: this.projection.name, events: folded, position: events.at(-1)!.position });
    });
    await this.caughtUp(timeoutMs);
  }

  private running(): Subscription {
    if (!this.subscription) throw new Error(`Projection ${this.projection.name} is not running`);
    return this.subscription;
  }
}
