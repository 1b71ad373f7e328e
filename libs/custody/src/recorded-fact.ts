import type { Delivery } from '#messaging';
import type { Event, EventToAppend } from '#shared-kernel';

/** A recorded event of one of custody's streams, as a process or a use case carries it on to other streams. */
export type Fact<E extends Event, T extends E['type'] = E['type']> = T extends E['type'] ? Delivery<T, Extract<E, { type: T }>['data']> : never;

/** The fact of `type` a command just recorded on `streamId` (or recorded the first time, on a retry). */
export function factIn<E extends Event, T extends E['type']>(streamId: string, events: readonly Pick<EventToAppend, 'id' | 'type' | 'data' | 'metadata'>[], type: T): Fact<E, T> | undefined {
  const event = events.find((candidate) => candidate.type === type);
  return event && ({ id: event.id, streamId, type, data: event.data, metadata: event.metadata } as Fact<E, T>);
}
