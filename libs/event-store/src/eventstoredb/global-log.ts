import { BACKWARDS, END, START, type AllStreamRecordedEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { comparePositions, LOG_START, type LogPosition, type RecordedEvent } from '#shared-kernel';
import type { Backlog, BacklogOptions, EventFilter, ReadAllOptions } from '../event-store.js';
import { isWanted } from './event-filter.js';
import { toRecordedEvent } from './recorded-events.js';

const PAGE_SIZE = 500;

/** Visits `$all` after `after` (exclusive) until `visit` returns false; the client cannot filter this read, so callers do. */
async function scanAll(client: EventStoreDBClient, after: LogPosition | undefined, visit: (event: AllStreamRecordedEvent) => boolean): Promise<void> {
  let from = after;
  for (;;) {
    const start = from;
    const page = client.readAll({ fromPosition: start ?? START, maxCount: PAGE_SIZE });
    let read = 0;
    for await (const { event } of page) {
      read++;
      if (!event) continue;
      from = event.position;
      // A read from a position includes the event at it, which the previous page or the caller has seen.
      if (start && comparePositions(event.position, start) <= 0) continue;
      if (!visit(event)) {
        // Cancel the call rather than leave the rest of the page streaming to nobody.
        await page.cancel();
        return;
      }
    }
    if (read < PAGE_SIZE) return;
  }
}

export async function readAllMatching(client: EventStoreDBClient, { after, maxCount, filter }: ReadAllOptions): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  if (maxCount < 1) return found;
  await scanAll(client, after, (event) => {
    if (isWanted(event, filter)) found.push(toRecordedEvent(event));
    return found.length < maxCount;
  });
  return found;
}

/** The server cannot count a filtered read: every event after `after` is visited, so an operator's look at lag costs a read of that much of `$all`. */
export async function countMatching(client: EventStoreDBClient, { after, filter, upTo = Infinity }: BacklogOptions): Promise<Backlog> {
  let events = 0;
  let last: LogPosition | undefined;
  await scanAll(client, after, (event) => {
    if (isWanted(event, filter)) {
      events++;
      last = { commit: event.position.commit, prepare: event.position.prepare };
    }
    return events < upTo;
  });
  return last ? { events, last } : { events };
}

/** Whether any event the filter wants lies after `after` and at or before `until`. */
export async function hasWantedEvent(client: EventStoreDBClient, after: LogPosition, until: LogPosition, filter: EventFilter | undefined): Promise<boolean> {
  let found = false;
  await scanAll(client, after, (event) => {
    if (comparePositions(event.position, until) > 0) return false;
    found = isWanted(event, filter);
    return !found;
  });
  return found;
}

/** The position of the last event in the log, whatever its stream. */
export async function headPosition(client: EventStoreDBClient): Promise<LogPosition> {
  let head = LOG_START;
  for await (const { event } of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
    if (event) head = { commit: event.position.commit, prepare: event.position.prepare };
  }
  return head;
}
