import type { Catalogue } from './catalogue.js';
import type { CatalogueEntries } from './catalogue-entries.js';

/** One version of one catalogue: its whole content, in force from `effectiveFrom` until a later version takes over. */
export interface ReferenceVersionOf<C extends Catalogue> {
  readonly catalogue: C;
  /** 1 for a catalogue's first version, then consecutive. */
  readonly version: number;
  /** ISO-8601 date or date-time; without an offset it is Peru time. */
  readonly effectiveFrom: string;
  readonly entries: readonly CatalogueEntries[C][];
  readonly note?: string;
}

/** A version of any catalogue, narrowed by `catalogue`. */
export type ReferenceVersion = { readonly [C in Catalogue]: ReferenceVersionOf<C> }[Catalogue];
