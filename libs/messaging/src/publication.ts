import { type Event, type Recorded, type RecordedEvent, uuidFromName } from '#shared-kernel';
import type { IntegrationEvent, IntegrationMessage } from './integration-message.js';

/** What one context publishes: which of its recorded events (`E`) matter, and the integration events each becomes. */
export interface Publication<E extends Event = Event> {
  /** The publishing context, e.g. `custody`. */
  readonly name: string;
  /** The integration event types it publishes: a consumer of one of them reads this publication. */
  readonly publishes: readonly string[];
  /** The recorded event types it maps… */
  readonly eventTypes: readonly string[];
  /** …in streams of the context, by the start of their ids (`lot-`, `guide-`). */
  readonly streamPrefixes: readonly string[];
  /** Called only with events of `eventTypes` in streams of `streamPrefixes`: the ones `E` names. */
  publish(event: Recorded<E>): readonly IntegrationEvent[] | Promise<readonly IntegrationEvent[]>;
}

/** Whether a recorded event is one the publication maps. */
export function isPublished(publication: Publication, event: RecordedEvent): boolean {
  return publication.eventTypes.includes(event.type) && publication.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));
}

/** The id of the `index`-th message a recorded event publishes: derived from the event's, so a redelivered message is recognised by its consumers. */
export function publishedMessageId(eventId: string, index: number): string {
  return uuidFromName(`${eventId}/published/${index}`);
}

export async function messagesOf(event: RecordedEvent, publication: Pick<Publication, 'publish'>): Promise<IntegrationMessage[]> {
  // The contract's three fields named, not spread: a spread cost a relay twice the rest of making the message.
  return (await publication.publish(event)).map(({ type, version, data }, index) => ({
    type,
    version,
    data,
    id: publishedMessageId(event.id, index),
    streamId: event.streamId,
    metadata: event.metadata,
  }));
}
