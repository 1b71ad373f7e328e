import type { SqlClient } from '#sql';
import {
  type AppendResult,
  type EventLookup,
  type EventToAppend,
  type ExpectedVersion,
  type ReadStreamOptions,
  type RecordedEvent,
  StreamDeleted,
  StreamNotFound,
  VersionConflict,
} from '#shared-kernel';
import type { Backlog, BacklogOptions, EventStore, ReadAllOptions, Subscription, SubscriptionOptions } from '../event-store.js';
import { EVENT_COLUMN, type EventRow, toPosition, toRecordedEvents } from './event-rows.js';
import { GlobalLog } from './global-log.js';
import { LogTail } from './log-tail.js';
import { checkedSchema, migrate } from './migrate.js';
import { SqlSubscription } from './sql-subscription.js';
import { Wakeups } from './wakeups.js';
import { ANY_VERSION, expectedVersionCode } from './expected-version-code.js';
import { AppendStatements } from './append-statement.js';
import { GroupedAppends } from './grouped-appends.js';

export interface SqlEventStoreOptions {
  readonly schema?: string;
  /** Whether closing the store closes the client too; false when the client is shared with read models. */
  readonly ownsClient?: boolean;
  /** How often an idle subscription looks for events when no notification came. */
  readonly pollIntervalMs?: number;
}

/** What an append statement returns when its batch went in. */
interface AppendedRow {
  readonly [column: string]: unknown;
  readonly stream_version: string | number;
  readonly commit_position: string;
  readonly prepare_position: string;
  readonly recorded_at_ms?: string | number;
}

/** Why `refused_append` says a batch did not go in. */
interface RefusalRow {
  readonly [column: string]: unknown;
  readonly outcome: 'duplicate' | 'conflict' | 'deleted';
  readonly stream_version: string | number | null;
  readonly commit_position: string | null;
  readonly prepare_position: string | null;
}

type StreamEventRow = { readonly [column: string]: unknown; readonly event: EventRow['event'] | null; readonly deleted: boolean; readonly found: boolean };

/** SQLSTATE of a unique violation: a concurrent writer took one of the batch's positions (or stored one of its ids) first. */
const UNIQUE_VIOLATION = '23505';

/** Appends within this interval share one NOTIFY to other processes. */
const NOTIFY_INTERVAL_MS = 10;

/** The event store on Postgres SQL, shared by the server (postgres.js) and embedded (PGlite) adapters. */
export class SqlEventStore implements EventStore {
  private readonly log: GlobalLog;
  private readonly appends: AppendStatements;
  private readonly grouped: GroupedAppends;
  private readonly subscriptions = new Set<Subscription>();
  private wakeups?: Promise<Wakeups>;
  private tail?: Promise<LogTail>;
  private notifyTimer?: NodeJS.Timeout;

  private constructor(
    private readonly db: SqlClient,
    private readonly schema: string,
    private readonly pollIntervalMs: number,
    private readonly ownsClient: boolean,
  ) {
    this.log = new GlobalLog(db, schema);
    this.appends = new AppendStatements(schema);
    this.grouped = new GroupedAppends(db, schema);
  }

  static async open(db: SqlClient, { schema = 'event_store', pollIntervalMs = 250, ownsClient = true }: SqlEventStoreOptions = {}): Promise<SqlEventStore> {
    await migrate(db, checkedSchema(schema));
    return new SqlEventStore(db, schema, pollIntervalMs, ownsClient);
  }

  async append(streamId: string, events: readonly EventToAppend[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('An append needs at least one event');
    const code = expectedVersionCode(expectedVersion);
    for (;;) {
      let row: AppendedRow | undefined;
      try {
        if (code === ANY_VERSION) row = await this.appendAtHead(streamId, events);
        else if (events.length === 1) row = await this.grouped.append(streamId, Math.max(code, 0), events[0]!);
        else {
          const { text, params } = this.appends.at(streamId, Math.max(code, 0), events);
          [row] = await this.db.query<AppendedRow>(text, params);
        }
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
        // 'any' lost a position to a writer that expected an exact version: try again after it.
        if (code === ANY_VERSION) continue;
      }
      if (!row) return this.explainRefusal(streamId, events, expectedVersion);
      this.announce();
      const appended = { nextExpectedVersion: Number(row.stream_version), position: toPosition(row.commit_position, row.prepare_position) };
      return row.recorded_at_ms == null ? appended : { ...appended, recordedAt: new Date(Number(row.recorded_at_ms)) };
    }
  }

  /** Writers that accept any version take turns per stream (the lock deleteStream takes too), so each sees the last one's events. */
  private appendAtHead(streamId: string, events: readonly EventToAppend[]): Promise<AppendedRow | undefined> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${this.schema}.${streamId}`]);
      const [head] = await tx.query<{ version: string | number; stored: boolean }>(
        `SELECT (SELECT coalesce(max(stream_position), 0) FROM ${this.schema}.events WHERE stream_id = $1) AS version,
                EXISTS (SELECT FROM ${this.schema}.events WHERE stream_id = $1 AND event_id = ANY ($2::uuid[])) AS stored`,
        [streamId, events.map((e) => e.id)],
      );
      // A stored event id makes this a retry or a conflict, never a position to try again.
      if (head?.stored) return undefined;
      const { text, params } = this.appends.at(streamId, Number(head?.version ?? 0), events);
      const [row] = await tx.query<AppendedRow>(text, params);
      return row;
    });
  }

  /** A batch that did not go in (once any winner has committed): already stored, deleted, or a conflict. */
  private async explainRefusal(streamId: string, events: readonly EventToAppend[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    const [row] = await this.db.query<RefusalRow>(`SELECT * FROM ${this.schema}.refused_append($1, $2::uuid[])`, [
      streamId,
      events.map((e) => e.id),
    ]);
    if (row?.outcome === 'duplicate') return { nextExpectedVersion: Number(row.stream_version), position: toPosition(row.commit_position!, row.prepare_position!), alreadyStored: true };
    if (row?.outcome === 'deleted') throw new StreamDeleted(streamId);
    throw new VersionConflict(streamId, expectedVersion, row?.stream_version == null ? 'no_stream' : Number(row.stream_version));
  }

  async readStream(streamId: string, { direction = 'forwards', fromVersion, maxCount = 2 ** 31 - 1 }: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    const forwards = direction === 'forwards';
    const from = fromVersion ?? (forwards ? 1 : Number.MAX_SAFE_INTEGER);
    const rows = await this.db.query<StreamEventRow>(
      `SELECT EXISTS (SELECT FROM ${this.schema}.deleted_streams d WHERE d.stream_id = $1) AS deleted,
              EXISTS (SELECT FROM ${this.schema}.events s WHERE s.stream_id = $1) AS found, e.event
       FROM (SELECT 1) one LEFT JOIN LATERAL (
         SELECT ${EVENT_COLUMN} FROM ${this.schema}.events
         WHERE stream_id = $1 AND ${forwards ? 'stream_position >= $2' : 'stream_position <= $2'}
         ORDER BY stream_position ${forwards ? 'ASC' : 'DESC'} LIMIT $3
       ) e ON true`,
      [streamId, from, maxCount],
    );
    const [first] = rows;
    if (first?.deleted) throw new StreamDeleted(streamId);
    if (!first?.found) throw new StreamNotFound(streamId);
    return first.event === null ? [] : toRecordedEvents(rows as readonly EventRow[]);
  }

  async findEvents(streamId: string, { ids = [], keys = [] }: EventLookup): Promise<readonly RecordedEvent[]> {
    if (ids.length === 0 && keys.length === 0) return [];
    const rows = await this.db.query<EventRow>(
      `SELECT ${EVENT_COLUMN} FROM ${this.schema}.events
       WHERE stream_id = $1 AND (event_id = ANY ($2::uuid[]) OR ((metadata::jsonb) ? 'keys' AND ((metadata::jsonb) -> 'keys') ?| $3::text[]))
       ORDER BY stream_position`,
      [streamId, ids, keys],
    );
    return toRecordedEvents(rows);
  }

  async deleteStream(streamId: string, expectedVersion: ExpectedVersion): Promise<void> {
    const code = expectedVersionCode(expectedVersion);
    // The lock 'any' appends take; an exact-version append committing meanwhile is kept and deleted with the stream.
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${this.schema}.${streamId}`]);
      const [row] = await tx.query<{ version: string | number | null; deleted: boolean }>(
        `SELECT (SELECT max(stream_position) FROM ${this.schema}.events WHERE stream_id = $1) AS version,
                EXISTS (SELECT FROM ${this.schema}.deleted_streams WHERE stream_id = $1) AS deleted`,
        [streamId],
      );
      if (row?.deleted) throw new StreamDeleted(streamId);
      if (row?.version == null) throw new StreamNotFound(streamId);
      if (code !== ANY_VERSION && Number(row.version) !== code) throw new VersionConflict(streamId, expectedVersion, Number(row.version));
      await tx.query(`INSERT INTO ${this.schema}.deleted_streams (stream_id) VALUES ($1)`, [streamId]);
    });
  }

  /**
   * Wakes subscribers after a commit: local ones at once, other processes by one NOTIFY per interval.
   * NOTIFY inside the append would hold a database-wide lock through every commit's flush and
   * serialise writers; it is only a hint, so a lost one costs a poll interval, never an event.
   */
  private announce(): void {
    void this.wakeups?.then((w) => w.wakeAll());
    this.notifyTimer ??= setTimeout(() => {
      this.notifyTimer = undefined;
      this.db.query('SELECT pg_notify($1, NULL)', [`${this.schema}_events`]).catch(() => undefined);
    }, NOTIFY_INTERVAL_MS);
  }

  readAll({ after, maxCount, filter }: ReadAllOptions): Promise<readonly RecordedEvent[]> {
    return this.log.read(after, maxCount, filter);
  }

  backlog({ after, filter, upTo }: BacklogOptions): Promise<Backlog> {
    return this.log.backlog(after, filter, upTo);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    this.wakeups ??= Wakeups.listen(this.db, `${this.schema}_events`, this.pollIntervalMs);
    this.tail ??= this.wakeups.then((wakeups) => new LogTail(this.log, wakeups));
    const subscription = new SqlSubscription(
      { db: this.db, schema: this.schema, log: this.log, tail: () => this.tail!, wakeups: () => this.wakeups!, pollIntervalMs: this.pollIntervalMs },
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.done.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async close(): Promise<void> {
    clearTimeout(this.notifyTimer);
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.wakeups) await (await this.wakeups).close();
    if (this.ownsClient) await this.db.close();
  }
}
