import { START, type AllStreamResolvedEvent, type AllStreamSubscription, type EventStoreDBClient, type Position } from '@eventstore/db-client';
import type { LogPosition } from '#shared-kernel';
import type { EventFilter } from '../event-store.js';
import { serverFilter } from './event-filter.js';

/** The server's word that every event up to `position` has been considered, including those its filter dropped. */
export class FilterCheckpoint {
  constructor(readonly position: Position) {}
}

export type FeedItem = AllStreamResolvedEvent | FilterCheckpoint;

export interface FeedOptions {
  /** Exclusive; the start of the log when undefined. */
  readonly after: LogPosition | undefined;
  readonly filter: EventFilter | undefined;
  readonly batchSize: number;
}

/** A catch-up subscription to `$all` with a server-side filter, taken in batches of whatever has arrived. */
export class SubscriptionFeed {
  private readonly subscription: AllStreamSubscription;
  private live = false;
  private ended = false;
  private closed = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(client: EventStoreDBClient, { after, filter, batchSize }: FeedOptions) {
    this.subscription = client.subscribeToAll(
      {
        fromPosition: after ?? START,
        // The callback runs inside the subscription's transform, so a checkpoint pushed here queues up behind the events before it.
        filter: serverFilter(filter, (subscription, position) => void subscription.push(new FilterCheckpoint(position))),
      },
      // Room for a whole batch between two takes.
      { highWaterMark: batchSize },
    );
    this.subscription.on('readable', () => this.signal());
    this.subscription.on('caughtUp', () => (this.live = true));
    this.subscription.on('fellBehind', () => (this.live = false));
    this.subscription.on('end', () => ((this.ended = true), this.signal()));
    this.subscription.on('error', (error) => ((this.failure = error), this.signal()));
  }

  /** Caught up with the log and nothing waiting to be taken. */
  get quiet(): boolean {
    return this.live && this.subscription.readableLength === 0;
  }

  /** Up to `maxEvents` events (and the checkpoints among them), waiting for the first; undefined once closed. */
  async take(maxEvents: number): Promise<FeedItem[] | undefined> {
    for (;;) {
      if (this.closed) return undefined;
      if (this.failure) throw this.failure;
      const items = this.drain(maxEvents);
      if (items.length > 0) return items;
      if (this.ended) throw new Error('The subscription to $all ended');
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signal();
    await this.subscription.unsubscribe();
  }

  private drain(maxEvents: number): FeedItem[] {
    const items: FeedItem[] = [];
    let events = 0;
    while (events < maxEvents) {
      const item = this.subscription.read() as FeedItem | null;
      if (item === null) break;
      items.push(item);
      if (!(item instanceof FilterCheckpoint)) events++;
    }
    return items;
  }

  private signal(): void {
    this.wake?.();
    this.wake = undefined;
  }
}
