import type { EventStore } from '#event-store';
import type { EventToAppend } from '#shared-kernel';

/**
 * Appends one event at a time to each stream at its exact next version, as a service's commands do: appends to one
 * stream wait for the one before, appends to different streams run at once.
 */
export class StreamCommands {
  private readonly tails = new Map<string, { version: number; done: Promise<unknown> }>();

  constructor(private readonly store: EventStore) {}

  append(streamId: string, event: EventToAppend): Promise<unknown> {
    const tail = this.tails.get(streamId) ?? { version: 0, done: Promise.resolve() };
    const expected = tail.version === 0 ? 'no_stream' : tail.version;
    const done = tail.done.then(() => this.store.append(streamId, [event], expected));
    this.tails.set(streamId, { version: tail.version + 1, done });
    return done;
  }
}
