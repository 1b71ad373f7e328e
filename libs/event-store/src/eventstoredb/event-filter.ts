import { eventTypeFilter, streamNameFilter, type Filter, type FilterOptions } from '@eventstore/db-client';
import type { EventFilter } from '../event-store.js';
import { isBookkeepingStream, ORDINARY_STREAM_REGEX } from './bookkeeping-streams.js';

type CheckpointReached = FilterOptions['checkpointReached'];

/** The server filters on one criterion (types, else prefixes, else ordinary streams); `isWanted` applies the rest and never wants more. */
export function serverFilter(filter: EventFilter | undefined, checkpointReached?: CheckpointReached): Filter {
  if (filter?.eventTypes?.length) return eventTypeFilter({ regex: exactMatchRegex(filter.eventTypes), checkpointReached });
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: [...filter.streamPrefixes], checkpointReached });
  return streamNameFilter({ regex: ORDINARY_STREAM_REGEX, checkpointReached });
}

/** A regex matching exactly one of `values` (.NET and JavaScript agree on this subset). */
export function exactMatchRegex(values: readonly string[]): string {
  return `^(?:${values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}

/** Whether a reader of the log gets this event: never system events nor bookkeeping, then the filter. */
export function isWanted(event: { readonly streamId: string; readonly type: string }, filter: EventFilter | undefined): boolean {
  if (event.type.startsWith('$') || event.streamId.startsWith('$') || isBookkeepingStream(event.streamId)) return false;
  if (filter?.eventTypes?.length && !filter.eventTypes.includes(event.type)) return false;
  if (filter?.streamPrefixes?.length && !filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  return true;
}
