import { BACKWARDS, END, StreamNotFoundError, type EventStoreDBClient, type RecordedEvent } from '@eventstore/db-client';

// A subscription's lease and checkpoint live in ordinary streams, which readers of the log must skip.
const LEASE_PREFIX = 'subscription-lease-';
const CHECKPOINT_PREFIX = 'subscription-checkpoint-';
/** Only the last event of a bookkeeping stream matters; the server may scavenge the rest. */
const KEPT_EVENTS = 10;

export const leaseStream = (subscription: string): string => `${LEASE_PREFIX}${subscription}`;
export const checkpointStream = (subscription: string): string => `${CHECKPOINT_PREFIX}${subscription}`;

export function isBookkeepingStream(streamId: string): boolean {
  return streamId.startsWith(LEASE_PREFIX) || streamId.startsWith(CHECKPOINT_PREFIX);
}

/** Matches every stream name except system (`$`) and bookkeeping streams: the server-side filter of an unfiltered subscription. */
export const ORDINARY_STREAM_REGEX = `^(?!\\$|${LEASE_PREFIX}|${CHECKPOINT_PREFIX})`;

export async function readLastEvent(client: EventStoreDBClient, stream: string): Promise<RecordedEvent | undefined> {
  let last: RecordedEvent | undefined;
  try {
    for await (const resolved of client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) last = resolved.event;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
  return last;
}

/** Called before a bookkeeping stream's first event: a lease is renewed every few seconds, forever. */
export async function keepRecentEvents(client: EventStoreDBClient, stream: string): Promise<void> {
  await client.setStreamMetadata(stream, { maxCount: KEPT_EVENTS });
}
