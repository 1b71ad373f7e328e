import { type EventToAppend, type StreamStore, uuidFromName } from '#shared-kernel';
import { type Publication, publishedMessageId } from '../../publication.js';

/** The integration event the failure tests carry: a count in its stream, its `seq`-th. */
export type Counted = { type: 'Counted'; version: 1; data: { seq: number } };

/** A service's recorded `CountRecorded` events of `count-` streams, published as `Counted`. */
export const COUNTED: Publication = {
  name: 'counts',
  publishes: ['Counted'],
  eventTypes: ['CountRecorded'],
  streamPrefixes: ['count-'],
  publish: (event) => [{ type: 'Counted', version: 1, data: event.data }],
};

/** Events of one stream, `seq` from `from` on, with ids derived from the run so a test knows them in advance. */
export function countsOf(run: string, stream: string, from: number, count: number): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    id: uuidFromName(`${run}/${stream}/${from + i}`),
    type: 'CountRecorded',
    data: { seq: from + i },
    metadata: { correlationId: run, causationId: run, actor: { id: 'failures', role: 'system' }, occurredAt: '2026-06-01T00:00:00Z' },
  }));
}

/** Appends `perStream` counts to each of `streams` streams; resolves to the ids of the messages they publish. */
export async function appendCounts(store: StreamStore, run: string, streams: number, perStream: number): Promise<string[]> {
  const ids: string[] = [];
  for (let s = 0; s < streams; s++) {
    const events = countsOf(run, `s${s}`, 0, perStream);
    await store.append(`count-${run}-s${s}`, events, 'any');
    ids.push(...events.map((event) => messageIdOf(event.id)));
  }
  return ids;
}

/** The id of the message an event publishes (its first and only one). */
export function messageIdOf(eventId: string): string {
  return publishedMessageId(eventId, 0);
}
