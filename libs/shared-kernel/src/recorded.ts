import type { Event } from './messages.js';
import type { EventToAppend, RecordedEvent } from './stream-store.js';

/** A recorded event typed as one of `E`'s: the event, with where and when it was stored (a check of `type` narrows `data`). */
export type Recorded<E extends Event> = E & Omit<RecordedEvent, 'type' | 'data'>;

/** An event about to be appended, typed as one of `E`'s. */
export type ToAppend<E extends Event> = E & Omit<EventToAppend, 'type' | 'data'>;

/** The one event of `type` among `events`, typed as it. */
export function eventOfType<M extends Event, T extends M['type']>(events: readonly M[], type: T): Extract<M, { readonly type: T }> | undefined {
  return events.find((event): event is Extract<M, { readonly type: T }> => event.type === type);
}
