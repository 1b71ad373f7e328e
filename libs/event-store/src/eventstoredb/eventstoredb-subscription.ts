import { randomUUID } from 'node:crypto';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { comparePositions, LOG_START, type LogPosition, type RecordedEvent } from '#shared-kernel';
import type { Subscription, SubscriptionOptions } from '../event-store.js';
import { checkpointFor, OwnershipLost } from './checkpoint.js';
import { isWanted } from './event-filter.js';
import { hasWantedEvent, headPosition } from './global-log.js';
import { StreamLease } from './lease.js';
import { toRecordedEvent } from './recorded-events.js';
import { FilterCheckpoint, SubscriptionFeed, type FeedItem } from './subscription-feed.js';

/** How often a standby instance looks whether the lease came free. */
const CLAIM_INTERVAL_MS = 500;
/** How often `caughtUp` may read the log itself to cover a filtered-out tail the server has not checkpointed yet. */
const PROBE_INTERVAL_MS = 100;

/** What one ownership of the name holds; replaced when the lease is lost and claimed again. */
interface Ownership {
  readonly feed: SubscriptionFeed;
  /** Every wanted event at or before this position has been handled. */
  progress: LogPosition;
}

/** A catch-up subscription to `$all` run by whichever instance holds the name's lease, checkpointed after each handled batch. */
export class EventStoreDbSubscription implements Subscription {
  readonly done: Promise<void>;
  private stopping = false;
  private ownership: Ownership | undefined;
  private wakeFromPause: (() => void) | undefined;

  async handledThrough(): Promise<LogPosition | undefined> {
    return this.ownership?.progress ?? checkpointFor(this.client, this.name, this.options.checkpoint).load();
  }

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: SubscriptionOptions,
  ) {
    this.done = this.run();
    // Callers observe failures through `done` or `caughtUp`; an unobserved one must not crash the process.
    this.done.catch(() => undefined);
  }

  get name(): string {
    return this.options.name;
  }

  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const target = await headPosition(this.client);
    const deadline = Date.now() + timeoutMs;
    let nextProbe = 0;
    for (;;) {
      const ownership = this.ownership;
      if (ownership && comparePositions(ownership.progress, target) >= 0) return;
      if (this.stopping) return this.done;
      if (Date.now() > deadline) throw new Error(`Subscription ${this.name} did not catch up within ${timeoutMs} ms`);
      // The server checkpoints filtered-out events only every so many: once idle, look for anything wanted up to the target.
      if (ownership?.feed.quiet && Date.now() >= nextProbe) {
        nextProbe = Date.now() + PROBE_INTERVAL_MS;
        if (!(await hasWantedEvent(this.client, ownership.progress, target, this.options.filter))) advance(ownership, target);
        continue;
      }
      // Owned by another instance (or not yet claimed): its stored checkpoint tells how far the name has got.
      if (!ownership && Date.now() >= nextProbe) {
        nextProbe = Date.now() + PROBE_INTERVAL_MS;
        if (await this.handledElsewhere(target)) return;
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeFromPause?.();
    await this.ownership?.feed.close();
    await this.done.catch(() => undefined);
  }

  /** While another instance owns the name: whether its stored checkpoint leaves nothing wanted up to `target`. */
  private async handledElsewhere(target: LogPosition): Promise<boolean> {
    // As in the Postgres store: a checkpoint kept with a projection's rows is answered for by its owner only.
    if (this.options.checkpoint) return false;
    const stored = await checkpointFor(this.client, this.name, undefined).load();
    if (stored && comparePositions(stored, target) >= 0) return true;
    return !(await hasWantedEvent(this.client, stored ?? LOG_START, target, this.options.filter));
  }

  private async run(): Promise<void> {
    const owner = randomUUID();
    while (!this.stopping) {
      const lease = await StreamLease.claim(this.client, this.name, owner);
      if (!lease) {
        await this.pause(CLAIM_INTERVAL_MS);
        continue;
      }
      try {
        await this.process(lease);
      } catch (error) {
        if (!(error instanceof OwnershipLost)) throw error;
      } finally {
        this.ownership = undefined;
        await lease.release();
      }
    }
  }

  private async process(lease: StreamLease): Promise<void> {
    const { filter, batchSize = 100, handle } = this.options;
    const checkpoint = checkpointFor(this.client, this.name, this.options.checkpoint);
    const start = await checkpoint.load();
    const feed = new SubscriptionFeed(this.client, { after: start, filter, batchSize });
    // No await between publishing the ownership and testing `stopping`, so stop() either sees the feed or ends the loop.
    const ownership: Ownership = (this.ownership = { feed, progress: start ?? LOG_START });
    try {
      while (!this.stopping) {
        if (!lease.held) throw new OwnershipLost(`Subscription ${this.name} lost its lease`);
        const items = await feed.take(batchSize);
        if (!items) return;
        const wanted = wantedEvents(items, filter);
        if (wanted.length > 0) {
          await handle(wanted);
          // An event's own position: every server version resumes exactly after it.
          await checkpoint.store(wanted.at(-1)!.position);
        }
        const reached = lastPosition(items);
        if (reached) advance(ownership, reached);
      }
    } finally {
      await feed.close();
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeFromPause = () => (clearTimeout(timer), resolve());
    });
  }
}

function advance(ownership: Ownership, to: LogPosition): void {
  if (comparePositions(to, ownership.progress) > 0) ownership.progress = { commit: to.commit, prepare: to.prepare };
}

function lastPosition(items: readonly FeedItem[]): LogPosition | undefined {
  let reached: LogPosition | undefined;
  for (const item of items) reached = item instanceof FilterCheckpoint ? item.position : (item.event?.position ?? reached);
  return reached;
}

function wantedEvents(items: readonly FeedItem[], filter: SubscriptionOptions['filter']): RecordedEvent[] {
  const wanted: RecordedEvent[] = [];
  for (const item of items) {
    if (!(item instanceof FilterCheckpoint) && item.event && isWanted(item.event, filter)) wanted.push(toRecordedEvent(item.event));
  }
  return wanted;
}
