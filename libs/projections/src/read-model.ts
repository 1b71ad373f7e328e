import { type BeforeApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore, READ_MODELS, type ReadModelDatabase } from '#event-store';
import type { LogPosition } from '#shared-kernel';
import type { Row as SqlRow } from '#sql';
import type { JsonObject, Projection } from './projection.js';
import { type ProjectionStatus, ProjectionRunner } from './projection-runner.js';
import { READ_MODEL_REGISTRY, type ReadModelRegistry, type RunningProjection } from './read-model-registry.js';
import { ProjectionRows } from './read-rows.js';

/** An asynchronous projection inside a Nest app: kept up to date while the app runs, queried through `rows` or `query`. */
export class ReadModel<Row extends JsonObject = JsonObject> implements RunningProjection, OnModuleInit, BeforeApplicationShutdown {
  readonly lifecycle = 'async';
  readonly rows: ProjectionRows<Row>;
  private readonly runner: ProjectionRunner<Row>;

  constructor(store: EventStore, database: ReadModelDatabase, projection: Projection<Row>) {
    this.runner = new ProjectionRunner(store, database.sql, projection, { schema: database.schema });
    this.rows = new ProjectionRows((text, params) => this.runner.query(text, params));
  }

  get name(): string {
    return this.runner.name;
  }

  /** A query `rows` does not offer, written by the port's adapter against the qualified name of the table that answers. */
  query<Result extends SqlRow>(text: (table: string) => string, params: readonly unknown[]): Promise<Result[]> {
    return this.runner.query<Result>(text, params);
  }

  status(): Promise<ProjectionStatus> {
    return this.runner.status();
  }

  /** Asked before a query: its rows hold every event up to this position, and may hold later ones. */
  position(): Promise<LogPosition> {
    return this.runner.position();
  }

  lag(upTo?: number): Promise<number> {
    return this.runner.lag(upTo);
  }

  /** Folds a fresh table from the start of the log beside the one that answers, and switches once it has caught up. */
  rebuild(): Promise<void> {
    return this.runner.rebuild();
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

/**
 * A projection as a provider, listed among the app's read models when the app has a registry:
 * `readModelProvider(LOT_HISTORY, lotHistoryProjection)`, then `@Inject(LOT_HISTORY) model: ReadModel<LotHistoryRow>`.
 */
export function readModelProvider<Row extends JsonObject>(token: string | symbol, projection: Projection<Row>): Provider {
  return {
    provide: token,
    inject: [EVENT_STORE, READ_MODELS, { token: READ_MODEL_REGISTRY, optional: true }],
    useFactory: (store: EventStore, database: ReadModelDatabase, registry: ReadModelRegistry | undefined) => {
      const model = new ReadModel(store, database, projection);
      registry?.add(model);
      return model;
    },
  };
}

/**
 * A projection and the port its context reads it through: `...readModelPort(GUIDE_LIST, guideListProjection, (model) =>
 * new GuideListReadModel(model))`, then `@Inject(GUIDE_LIST) guides: GuideList`. The read model stays a provider of its
 * own, so Nest starts and stops it.
 */
export function readModelPort<Row extends JsonObject, Port>(token: string | symbol, projection: Projection<Row>, adapter: (model: ReadModel<Row>) => Port): Provider[] {
  const model = Symbol(`ReadModel(${projection.name})`);
  return [readModelProvider(model, projection), { provide: token, inject: [model], useFactory: adapter }];
}
