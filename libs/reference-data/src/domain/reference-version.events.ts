import type { Event } from '#shared-kernel';
import type { ReferenceVersion } from './reference-version.js';

/** A new version of a catalogue was published; its metadata records who published it and when. */
export type ReferenceVersionPublished = Event<'ReferenceVersionPublished', ReferenceVersion>;

export type ReferenceVersionEvent = ReferenceVersionPublished;
