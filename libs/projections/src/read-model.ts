import { type BeforeApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore, READ_MODELS, type ReadModelDatabase } from '#event-store';
import type { JsonObject, Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionRows } from './read-rows.js';

/** An asynchronous projection inside a Nest app: kept up to date while the app runs, queried through `rows`. */
export class ReadModel<Row extends JsonObject = JsonObject> implements OnModuleInit, BeforeApplicationShutdown {
  readonly rows: ProjectionRows<Row>;
  private readonly runner: ProjectionRunner<Row>;

  constructor(store: EventStore, readonly database: ReadModelDatabase, projection: Projection<Row>) {
    this.runner = new ProjectionRunner(store, database.sql, projection, { schema: database.schema });
    this.rows = new ProjectionRows(database.sql, this.runner.tables);
  }

  /** The table's qualified name, for queries `rows` does not offer. */
  get table(): string {
    return this.runner.tables.table;
  }

  onModuleInit(): Promise<void> {
    return this.runner.start();
  }

  caughtUp(timeoutMs?: number): Promise<void> {
    return this.runner.caughtUp(timeoutMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }
}

/** A projection as a provider: `readModelProvider(LOT_HISTORY, lotHistoryProjection)`, then `@Inject(LOT_HISTORY) model: ReadModel<LotHistoryRow>`. */
export function readModelProvider<Row extends JsonObject>(token: string | symbol, projection: Projection<Row>): Provider {
  return {
    provide: token,
    inject: [EVENT_STORE, READ_MODELS],
    useFactory: (store: EventStore, database: ReadModelDatabase) => new ReadModel(store, database, projection),
  };
}
