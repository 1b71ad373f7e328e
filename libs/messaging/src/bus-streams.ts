import { type EventToAppend, type RecordedEvent, type StreamStore, VersionConflict } from '#shared-kernel';
import type { IntegrationMessage } from './integration-message.js';

/** Streams of messages published from elsewhere: `bus-<the message's stream>`. Their event ids make a second publication a no-op. */
export const BUS_PREFIX = 'bus-';

type BusEventData = { readonly version: number; readonly data: unknown };

export function toBusEvent(message: IntegrationMessage): EventToAppend {
  return { id: message.id, type: message.type, data: { version: message.version, data: message.data } satisfies BusEventData, metadata: message.metadata };
}

export function fromBusEvent(event: RecordedEvent): IntegrationMessage {
  const { version, data } = event.data as BusEventData;
  return { id: event.id, type: event.type, version, data, streamId: event.streamId.slice(BUS_PREFIX.length), metadata: event.metadata };
}

/** Appends each message to its bus stream; resolves once all are durable, each kept once however often published. */
export async function appendToBusStreams(store: StreamStore, messages: readonly IntegrationMessage[]): Promise<void> {
  for (const group of consecutiveByStream(messages)) {
    const events = group.map(toBusEvent);
    try {
      await store.append(`${BUS_PREFIX}${group[0]!.streamId}`, events, 'any');
    } catch (error) {
      // Some were published before: each on its own, so those go in once and the rest still go in.
      if (!(error instanceof VersionConflict) || events.length === 1) throw error;
      for (const event of events) await store.append(`${BUS_PREFIX}${group[0]!.streamId}`, [event], 'any');
    }
  }
}

/** Runs of messages of one stream, in the order given: each run is one append to its bus stream. */
function consecutiveByStream(messages: readonly IntegrationMessage[]): IntegrationMessage[][] {
  const runs: IntegrationMessage[][] = [];
  for (const message of messages) {
    const last = runs.at(-1);
    if (last && last[0]!.streamId === message.streamId) last.push(message);
    else runs.push([message]);
  }
  return runs;
}
