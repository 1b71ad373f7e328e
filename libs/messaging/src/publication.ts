import { type RecordedEvent, uuidFromName } from '#shared-kernel';
import type { IntegrationEvent, IntegrationMessage } from './integration-message.js';

/** What one context publishes: which of its recorded events matter, and the integration events each becomes. */
export interface Publication {
  /** The publishing context, e.g. `custody`. */
  readonly name: string;
  /** The integration event types it publishes: a consumer of one of them reads this publication. */
  readonly publishes: readonly string[];
  /** The recorded event types it maps… */
  readonly eventTypes: readonly string[];
  /** …in streams of the context, by the start of their ids (`lot-`, `guide-`). */
  readonly streamPrefixes: readonly string[];
  publish(event: RecordedEvent): readonly IntegrationEvent[] | Promise<readonly IntegrationEvent[]>;
}

/** Whether a recorded event is one the publication maps. */
export function isPublished(publication: Publication, event: RecordedEvent): boolean {
  return publication.eventTypes.includes(event.type) && publication.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));
}

/** Ids derive from the recorded event's, so a redelivered message is recognised by its consumers. */
export async function messagesOf(event: RecordedEvent, publication: Pick<Publication, 'publish'>): Promise<IntegrationMessage[]> {
  return (await publication.publish(event)).map((published, index) => ({
    ...published,
    id: uuidFromName(`${event.id}/published/${index}`),
    streamId: event.streamId,
    metadata: event.metadata,
  }));
}
