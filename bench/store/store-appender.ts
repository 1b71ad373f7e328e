import type { EventStore } from '#event-store';
import { timberEvents } from './event-payloads.js';
import { StreamCursors } from './stream-cursors.js';

/**
 * Appends generated events through the project's event store and counts every event it stored,
 * so the global-log read can check it got back exactly what went in.
 */
export class StoreAppender {
  private appendedEvents = 0;
  private sequence = 0;

  constructor(readonly store: EventStore) {}

  get appended(): number {
    return this.appendedEvents;
  }

  /** An append operation for `runConcurrently`: `events` new events per call on the writer's own streams. */
  writer(streamPrefix: string, events: number, eventsPerStream: number): (worker: number) => Promise<number> {
    const cursors = new StreamCursors(streamPrefix, eventsPerStream);
    return async (worker) => {
      const batch = timberEvents(events, (this.sequence += events));
      const { streamId, expectedVersion, firstPosition } = cursors.next(worker, events);
      const result = await this.store.append(streamId, batch, expectedVersion);
      const expectedNext = firstPosition + events - 1;
      if (result.nextExpectedVersion !== expectedNext) {
        throw new Error(`Append to ${streamId} answered version ${result.nextExpectedVersion}, expected ${expectedNext}`);
      }
      this.appendedEvents += events;
      return events;
    };
  }
}
