import type { ConsumerHandle } from './consumer-delivery.js';

/** Every consumer and process of the app by name, for operators: their parked messages and replays. */
export class ConsumerRegistry {
  private readonly handles = new Map<string, ConsumerHandle>();

  /** A consumer restarted under its name replaces the handle it had. */
  set(handle: ConsumerHandle): void {
    this.handles.set(handle.name, handle);
  }

  get(name: string): ConsumerHandle | undefined {
    return this.handles.get(name);
  }

  all(): readonly ConsumerHandle[] {
    return [...this.handles.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Injection token of the app's registry: `@Inject(CONSUMERS) consumers: ConsumerRegistry`. */
export const CONSUMERS = Symbol('ConsumerRegistry');
