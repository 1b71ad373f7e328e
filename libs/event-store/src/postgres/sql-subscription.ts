import type { SqlClient } from '#sql';
import { comparePositions, LOG_START, type LogPosition } from '#shared-kernel';
import type { Subscription, SubscriptionOptions } from '../event-store.js';
import type { GlobalLog } from './global-log.js';
import type { LogTail } from './log-tail.js';
import { toPosition } from './event-rows.js';
import type { Wakeups } from './wakeups.js';

export interface SubscriptionContext {
  readonly db: SqlClient;
  readonly schema: string;
  readonly log: GlobalLog;
  readonly tail: () => Promise<LogTail>;
  readonly wakeups: () => Promise<Wakeups>;
  readonly pollIntervalMs: number;
}

/** How often a subscription waiting for its name's lease tries again, however long its idle poll: a takeover is prompt. */
const LEASE_RETRY_MS = 250;

/** How often a subscription that handled nothing stores how far it scanned. */
const IDLE_CHECKPOINT_MS = 5_000;

/** Another process advanced this subscription's checkpoint: it owns the name now. */
class OwnershipLost extends Error {}

/** One owner per name (a lease), batches from the gap-safe log, checkpoint advanced by compare-and-set. */
export class SqlSubscription implements Subscription {
  readonly done: Promise<void>;
  private stopping = false;
  private scanned: LogPosition | undefined;
  private failure: unknown;

  constructor(
    private readonly context: SubscriptionContext,
    private readonly options: SubscriptionOptions,
  ) {
    this.done = this.run();
    // Callers observe failures through `done` or `caughtUp`; an unobserved one must not crash the process.
    this.done.catch((error: unknown) => (this.failure = error ?? new Error(`Subscription ${this.name} failed`)));
  }

  get name(): string {
    return this.options.name;
  }

  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const target = await this.context.log.head();
    const deadline = Date.now() + timeoutMs;
    while (this.scanned ? comparePositions(this.scanned, target) < 0 : !(await this.handledElsewhere(target))) {
      if (this.failure) throw this.failure;
      if (this.stopping) return this.done;
      if (Date.now() > deadline) throw new Error(`Subscription ${this.name} did not catch up within ${timeoutMs} ms`);
      // Owned here, the loop's progress is read from memory; owned elsewhere (or not yet taken), from two small queries.
      await new Promise((resolve) => setTimeout(resolve, this.scanned ? 5 : 20));
    }
  }

  async handledThrough(): Promise<LogPosition | undefined> {
    if (this.scanned) return this.scanned;
    return this.options.checkpoint ? this.options.checkpoint.load() : this.loadCheckpoint();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    (await this.context.wakeups()).wakeAll();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const wakeups = await this.context.wakeups();
    while (!this.stopping) {
      const lease = await this.context.db.tryLease(`${this.context.schema}.subscription.${this.name}`);
      if (!lease) {
        await wakeups.wait(Math.min(this.context.pollIntervalMs, LEASE_RETRY_MS));
        continue;
      }
      try {
        await this.process(wakeups);
      } catch (error) {
        if (!(error instanceof OwnershipLost)) throw error;
      } finally {
        this.scanned = undefined;
        await lease.release();
      }
    }
  }

  private async process(wakeups: Wakeups): Promise<void> {
    const { log } = this.context;
    const tail = await this.context.tail();
    const { filter, batchSize = 500, checkpoint, handle } = this.options;
    let stored = checkpoint ? ((await checkpoint.load()) ?? LOG_START) : await this.loadCheckpoint();
    let storedAt = Date.now();
    let position = stored;
    this.scanned = position;
    let next = scanFrom(position);
    while (!this.stopping) {
      const { seen, page } = next;
      const { events, scannedTo } = await page;
      // A full page says more is waiting: the next one is read while this one is handled.
      const full = events.length >= batchSize;
      const ahead = full ? scanFrom(scannedTo) : undefined;
      if (events.length > 0) await handle(events);
      const moved = comparePositions(scannedTo, position) > 0;
      // A scan past nothing of ours is kept in memory, stored only now and then: a restart re-scans at most that much.
      if (!checkpoint && moved && (events.length > 0 || Date.now() - storedAt >= IDLE_CHECKPOINT_MS)) {
        await this.storeCheckpoint(stored, scannedTo);
        stored = scannedTo;
        storedAt = Date.now();
      }
      position = scannedTo;
      this.scanned = position;
      // Woken by the next append or the store's poll.
      if (!full) await wakeups.wait(undefined, seen);
      // Woken to stop: no scan for nobody (twenty of them on every shutdown).
      if (this.stopping) return;
      next = ahead ?? scanFrom(position, true);
    }

    /** A subscription that had read all there was asks the tail first whether anything new is for it. */
    function scanFrom(from: LogPosition, caughtUp = false): { readonly seen: number; readonly page: ReturnType<typeof log.scan> } {
      const seen = wakeups.generation;
      const page = caughtUp ? tailThenScan(from, seen) : log.scan(from, batchSize, filter);
      // Left unread when the handler fails or the subscription stops; the next owner scans again.
      page.catch(() => undefined);
      return { seen, page };
    }

    async function tailThenScan(from: LogPosition, seen: number): ReturnType<typeof log.scan> {
      const past = await tail.scannedPast(from, filter, seen);
      return past ? { events: [], scannedTo: past } : log.scan(from, batchSize, filter);
    }
  }

  /** While another process owns the name: whether its stored checkpoint leaves nothing of ours before `target`. */
  private async handledElsewhere(target: LogPosition): Promise<boolean> {
    if (this.options.checkpoint) return false;
    const stored = await this.loadCheckpoint();
    if (comparePositions(stored, target) >= 0) return true;
    const { events, scannedTo } = await this.context.log.scan(stored, 1, this.options.filter);
    // Nothing seen may only mean an earlier transaction is still in flight: the scan must have passed the target.
    return events.length === 0 ? comparePositions(scannedTo, target) >= 0 : comparePositions(events[0]!.position, target) > 0;
  }

  private async loadCheckpoint(): Promise<LogPosition> {
    const { db, schema } = this.context;
    await db.query(`INSERT INTO ${schema}.subscriptions (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [this.name]);
    const [row] = await db.query<{ commit_position: string; prepare_position: string }>(
      `SELECT commit_position::text AS commit_position, prepare_position::text AS prepare_position FROM ${schema}.subscriptions WHERE name = $1`,
      [this.name],
    );
    return row ? toPosition(row.commit_position, row.prepare_position) : LOG_START;
  }

  private async storeCheckpoint(from: LogPosition, to: LogPosition): Promise<void> {
    const { db, schema } = this.context;
    const updated = await db.query(
      `UPDATE ${schema}.subscriptions SET commit_position = $2::xid8, prepare_position = $3, updated_at = now()
       WHERE name = $1 AND commit_position = $4::xid8 AND prepare_position = $5 RETURNING name`,
      [this.name, to.commit.toString(), to.prepare.toString(), from.commit.toString(), from.prepare.toString()],
    );
    if (updated.length === 0) throw new OwnershipLost(`Subscription ${this.name} was advanced by another owner`);
  }
}
