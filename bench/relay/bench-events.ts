import { randomUUID } from 'node:crypto';
import type { Event, EventToAppend, MessageMetadata, Recorded } from '#shared-kernel';
import type { Publication } from '#messaging';

/** A guide's load counted at a checkpoint: about the size of the project's integration events (~450 B on the wire). */
export type LoadCounted = Event<'LoadCounted', { readonly guide: string; readonly checkpoint: string; readonly species: string; readonly m3: string; readonly pieces: number; readonly intendedAt: number }>;

const METADATA: MessageMetadata = { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'bench-relay', role: 'system' }, occurredAt: '2026-12-05T10:00:00.000Z' };

export function loadCounted(seq: number, intendedAt = 0): EventToAppend {
  return {
    id: randomUUID(),
    type: 'LoadCounted',
    data: { guide: `GTF-2026-${String(seq).padStart(6, '0')}`, checkpoint: 'UC-CFB-K160', species: 'Cedrelinga cateniformis', m3: '12.375', pieces: 18, intendedAt },
    metadata: METADATA,
  };
}

export const streamOf = (prefix: string, seq: number, streams: number) => `${prefix}-${seq % streams}`;

/** The publishing service's publication: each `LoadCounted` in its streams becomes one `LoadChecked` on its topic. */
export function loadsPublication(name: string, prefix: string): Publication<LoadCounted> {
  return {
    name,
    publishes: ['LoadChecked'],
    eventTypes: ['LoadCounted'],
    streamPrefixes: [`${prefix}-`],
    publish: (event: Recorded<LoadCounted>) => [{ type: 'LoadChecked', version: 1, data: event.data }],
  };
}
