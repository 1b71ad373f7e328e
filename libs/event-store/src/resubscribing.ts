import type { LogPosition } from '#shared-kernel';
import type { EventStore, Subscription, SubscriptionOptions } from './event-store.js';

export interface ResubscribingOptions extends SubscriptionOptions {
  /** Wait before subscribing again after a failed batch. */
  readonly retryDelayMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * A subscription that survives a failed batch: it subscribes again from its checkpoint after a pause,
 * so a crash or a fault between an event and its effects heals (effects must be idempotent).
 */
export class Resubscribing {
  private subscription?: Subscription;
  private stopped = true;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly options: ResubscribingOptions,
  ) {}

  start(): void {
    this.stopped = false;
    const { retryDelayMs = 1000, onError, ...subscription } = this.options;
    const current = this.store.subscribe(subscription);
    this.subscription = current;
    current.done.catch((error: unknown) => {
      if (this.stopped || this.subscription !== current) return;
      onError?.(error);
      this.retry = setTimeout(() => this.stopped || this.start(), retryDelayMs);
    });
  }

  /** Resolves once every event committed before the call has been handled. */
  caughtUp(timeoutMs?: number): Promise<void> {
    if (!this.subscription) return Promise.reject(new Error(`${this.options.name} is not running`));
    return this.subscription.caughtUp(timeoutMs);
  }

  /** Through where every wanted event was handled under this name, by this process or the one owning it. */
  async handledThrough(): Promise<LogPosition | undefined> {
    return this.subscription?.handledThrough();
  }

  /** Events committed after that position that its filter takes, readable yet or not, counted up to `upTo`: how far behind it is. */
  async lag(upTo?: number): Promise<number> {
    const after = await this.handledThrough();
    return (await this.store.backlog({ ...(after ? { after } : {}), filter: this.options.filter, ...(upTo === undefined ? {} : { upTo }) })).events;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.subscription?.stop();
    this.subscription = undefined;
  }
}
