import type { EventFilter, EventStore, Subscription } from '#event-store';
import type { Row, SqlClient } from '#sql';
import type { LogPosition } from '#shared-kernel';
import { applyBatch } from './apply-batch.js';
import type { JsonObject, Projection } from './projection.js';
import { type Build, type BuildReason, type CatalogEntry, ProjectionCatalog } from './projection-catalog.js';
import type { ProjectionTable } from './projection-table.js';

export interface ProjectionRunnerOptions {
  /** Schema of the read-model tables. */
  readonly schema?: string;
  readonly batchSize?: number;
  /** How long a build waits to catch up before it looks whether another process switched it. */
  readonly buildCheckMs?: number;
}

/** A table being built to replace the one that answers, and how far it has come. */
export interface RebuildStatus {
  readonly version: number;
  readonly table: string;
  readonly reason: BuildReason;
  readonly startedAt: string;
  /** Events folded into the new table so far. */
  readonly events: number;
  /** Those and the events of the log it has still to fold. */
  readonly total: number;
  readonly position: LogPosition;
  /** Why the build stopped, when its fold failed. */
  readonly failure?: string;
}

/** An async projection as operators see it: which rows answer, how far behind the log they are, and any rebuild. */
export interface ProjectionStatus {
  readonly name: string;
  readonly lifecycle: 'async';
  /** The version of the code running here. */
  readonly version: number;
  /** The version of the rows that answer queries: another while a build for the code's version catches up. */
  readonly activeVersion: number;
  readonly table: string;
  /** The last event folded into the rows that answer. */
  readonly position: LogPosition;
  /** The last event of the log the projection reads. */
  readonly headPosition: LogPosition;
  /** Events the projection reads that the rows answering do not include yet. */
  readonly lag: number;
  readonly rebuilding?: RebuildStatus;
}

/** A subscription folding the log into one table, rows and checkpoint in one transaction per batch. */
class Feed {
  readonly subscription: Subscription;
  failure?: unknown;

  constructor(store: EventStore, db: SqlClient, projection: Projection, table: ProjectionTable, batchSize: number) {
    let stored: LogPosition;
    this.subscription = store.subscribe({
      name: `projection.${table.table}`,
      filter: { eventTypes: projection.eventTypes },
      batchSize,
      checkpoint: { load: async () => (stored = (await table.checkpoint(db)).position) },
      handle: async (events) => {
        stored = await db.transaction((tx) => applyBatch(tx, table, projection, events, stored));
      },
    });
    this.subscription.done.catch((error: unknown) => (this.failure = error ?? new Error(`${this.subscription.name} failed`)));
  }
}

interface RunningBuild extends Build {
  /** Settles when the build's table answers, or the build failed or was left. */
  readonly switched: Promise<void>;
  settle(error?: unknown): void;
  failure?: unknown;
  watching?: Promise<void>;
}

/**
 * Keeps one asynchronous projection up to date, its rows in a table per version. When the code's version is not the
 * active rows' (or an operator asks), a new table is folded from the start of the log beside the active one, which
 * keeps answering; once the new one has caught up it answers instead, and the old one is dropped, in one transaction.
 */
export class ProjectionRunner<Item extends JsonObject = JsonObject> {
  private readonly catalog: ProjectionCatalog;
  private readonly feeds = new Map<string, Feed>();
  private readonly retiring = new Set<Promise<void>>();
  private active?: { readonly table: ProjectionTable; readonly version: number };
  private build?: RunningBuild;
  private stopping = false;

  constructor(
    private readonly store: EventStore,
    private readonly db: SqlClient,
    private readonly projection: Projection<Item>,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    if (projection.lifecycle !== 'async') throw new Error(`Projection ${projection.name} is ${projection.lifecycle}: this runner keeps async projections only`);
    if (!Number.isInteger(projection.version) || projection.version < 1) throw new Error(`Projection ${projection.name} needs a whole version from 1, not ${projection.version}`);
    this.catalog = new ProjectionCatalog(options.schema ?? 'read_models', projection.name, projection.lookups);
  }

  get name(): string {
    return this.projection.name;
  }

  get version(): number {
    return this.projection.version;
  }

  /** The qualified name of the table that answers queries now. */
  get table(): string {
    return this.answering().table.table;
  }

  /** Opens the projection's entry, folds into its tables from their checkpoints and, if a build is due, carries it on in the background. */
  async start(): Promise<void> {
    this.stopping = false;
    this.adopt(await this.db.transaction((tx) => this.catalog.open(tx, this.version)));
  }

  /** Begins a build of a fresh table of the code's version beside the active one; a build already underway is kept. */
  async rebuild(): Promise<void> {
    this.answering();
    this.adopt(await this.db.transaction((tx) => this.catalog.build(tx, this.version, 'requested')));
  }

  /** Resolves once the rows that answer include every event committed before the call: after any build has switched. */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const build = this.build;
    if (build) await within(build.switched, timeoutMs, `Projection ${this.name} did not finish its rebuild within ${timeoutMs} ms`);
    const feed = this.feeds.get(this.answering().table.name);
    if (!feed) throw new Error(`Projection ${this.name} is not running`);
    await feed.subscription.caughtUp(Math.max(deadline - Date.now(), 0));
  }

  /** Runs a query against the table that answers; once more if another process switched it and dropped the old one meanwhile. */
  async query<Result extends Row>(text: (table: string) => string, params: readonly unknown[]): Promise<Result[]> {
    const table = this.table;
    try {
      return await this.db.query<Result>(text(table), params);
    } catch (error) {
      if (!undefinedTable(error) || !(await this.refresh()) || this.table === table) throw error;
      return this.db.query<Result>(text(this.table), params);
    }
  }

  async status(): Promise<ProjectionStatus> {
    const { entry, active, position } = await this.activeCheckpoint();
    const filter: EventFilter = { eventTypes: this.projection.eventTypes };
    const backlog = await this.store.backlog({ after: position, filter });
    const status = {
      name: this.name,
      lifecycle: 'async',
      version: this.version,
      activeVersion: entry.active.version,
      table: active.table,
      position,
      headPosition: backlog.last ?? position,
      lag: backlog.events,
    } as const;
    return entry.building ? { ...status, rebuilding: await this.buildStatus(entry.building, filter) } : status;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const feeds = [...this.feeds.values()];
    this.feeds.clear();
    await Promise.all([...feeds.map((feed) => feed.subscription.stop()), ...this.retiring]);
    const build = this.build;
    this.build = undefined;
    await build?.watching;
    build?.settle(new Error(`Projection ${this.name} stopped before its rebuild finished`));
  }

  /**
   * The last event folded into the table that answers queries here: its rows hold every event up to it, and may hold
   * later ones. This process's table, not the catalog's: another process may have switched to one further ahead.
   */
  async position(): Promise<LogPosition> {
    return (await this.answering().table.checkpoint(this.db)).position;
  }

  /** Events committed after the answering table's position that it folds, counted up to `upTo`: the status's lag alone. */
  async lag(upTo?: number): Promise<number> {
    const { position } = await this.activeCheckpoint();
    return (await this.store.backlog({ after: position, filter: { eventTypes: this.projection.eventTypes }, ...(upTo === undefined ? {} : { upTo }) })).events;
  }

  private async activeCheckpoint() {
    const entry = (await this.catalog.load(this.db)) ?? { active: { table: this.answering().table.name, version: this.answering().version } };
    const active = this.catalog.table(entry.active.table);
    const { position } = await active.checkpoint(this.db);
    return { entry, active, position };
  }

  private answering(): { readonly table: ProjectionTable; readonly version: number } {
    if (!this.active) throw new Error(`Projection ${this.name} is not started`);
    return this.active;
  }

  /** Follows the entry: which table answers, a feed for each table of the code's version, and a build to watch. */
  private adopt(entry: CatalogEntry): void {
    if (this.stopping) return;
    this.active = { table: this.catalog.table(entry.active.table), version: entry.active.version };
    const wanted = new Set([entry.active, entry.building].flatMap((table) => (table?.version === this.version ? [table.table] : [])));
    for (const [name, feed] of this.feeds) {
      if (wanted.has(name) && !feed.failure) continue;
      this.feeds.delete(name);
      this.retire(feed.subscription.stop());
    }
    for (const name of wanted) {
      if (this.feeds.has(name)) continue;
      const feed = new Feed(this.store, this.db, this.projection, this.catalog.table(name), this.options.batchSize ?? 500);
      // A table dropped under it was switched by another process: follow the entry instead of stopping for good.
      feed.subscription.done.catch((error: unknown) => (undefinedTable(error) ? this.refresh() : undefined)).catch(() => undefined);
      this.feeds.set(name, feed);
    }
    if (this.build && this.build.table !== entry.building?.table) {
      // Switched, or left, by another process.
      const left = this.build;
      this.build = undefined;
      left.settle(entry.active.table === left.table ? undefined : new Error(`The rebuild of ${this.name} into ${left.table} was left`));
    }
    if (entry.building?.version === this.version && !this.build) this.watch(entry.building);
  }

  private async refresh(): Promise<boolean> {
    if (this.stopping) return false;
    const entry = await this.catalog.load(this.db);
    if (entry) this.adopt(entry);
    return entry !== undefined;
  }

  private retire(stopping: Promise<void>): void {
    const tracked = stopping.finally(() => this.retiring.delete(tracked));
    this.retiring.add(tracked);
  }

  private watch(build: Build): void {
    let settle!: (error?: unknown) => void;
    const switched = new Promise<void>((resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))));
    // Only callers of caughtUp wait on it.
    switched.catch(() => undefined);
    const running: RunningBuild = { ...build, switched, settle };
    this.build = running;
    running.watching = this.carry(running).catch((error: unknown) => {
      running.failure = error;
      running.settle(error);
    });
  }

  /** Waits for the build's feed to catch up, then switches; meanwhile notices a switch made by another process. */
  private async carry(build: RunningBuild): Promise<void> {
    while (!this.stopping && this.build === build) {
      const feed = this.feeds.get(build.table);
      if (!feed) return;
      if (feed.failure) throw feed.failure;
      const caughtUp = await feed.subscription.caughtUp(this.options.buildCheckMs ?? 1_000).then(
        () => true,
        () => false,
      );
      if (this.stopping || this.build !== build) return;
      if (caughtUp && !feed.failure) return this.switchTo(build);
      await this.refresh();
    }
  }

  private async switchTo(build: RunningBuild): Promise<void> {
    const from = this.answering().table;
    const feed = this.feeds.get(from.name);
    this.feeds.delete(from.name);
    // Nothing may write to the table about to be dropped.
    await feed?.subscription.stop();
    // The new rows have caught up: queries read them from now on, before the old table goes.
    this.active = { table: this.catalog.table(build.table), version: build.version };
    const switched = await this.db.transaction((tx) => this.catalog.switch(tx, from.name, build.table));
    this.build = undefined;
    if (!switched) await this.refresh();
    build.settle();
  }

  private async buildStatus(build: Build, filter: EventFilter): Promise<RebuildStatus> {
    const { position, events } = await this.catalog.table(build.table).checkpoint(this.db);
    const backlog = await this.store.backlog({ after: position, filter });
    const failure = this.build?.table === build.table ? (this.build.failure ?? this.feeds.get(build.table)?.failure) : undefined;
    const { version, table, reason, startedAt } = build;
    return { version, table: this.catalog.table(table).table, reason, startedAt, events, total: events + backlog.events, position, ...(failure === undefined ? {} : { failure: failure instanceof Error ? failure.message : String(failure) }) };
  }
}

/** SQLSTATE 42P01: the table named is not there (dropped by a switch). */
function undefinedTable(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === '42P01';
}

async function within(promise: Promise<void>, timeoutMs: number, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), timeoutMs)));
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
