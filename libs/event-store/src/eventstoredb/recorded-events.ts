import { jsonEvent, type EventData, type JSONType, type RecordedEvent as StoredEvent } from '@eventstore/db-client';
import type { EventToAppend, MessageMetadata, RecordedEvent } from '#shared-kernel';
import { toStreamPosition } from './revisions.js';

/** Data and metadata travel as JSON; the event id is EventStoreDB's idempotency key. */
export function toEventData({ id, type, data, metadata }: EventToAppend): EventData {
  return jsonEvent({ id, type, data: data as JSONType, metadata });
}

export function toRecordedEvent(event: StoredEvent): RecordedEvent {
  // Stream reads carry log positions only from EventStoreDB 22.6 on.
  if (!event.position) throw new Error(`EventStoreDB returned event ${event.id} without its log position; the server must be 22.6 or later`);
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata as MessageMetadata,
    streamId: event.streamId,
    streamPosition: toStreamPosition(event.revision),
    position: { commit: event.position.commit, prepare: event.position.prepare },
    recordedAt: event.created,
  };
}
