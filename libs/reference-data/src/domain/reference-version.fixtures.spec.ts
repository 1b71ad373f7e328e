import { deciderSpec } from '#testing';
import type { Catalogue } from './catalogue.js';
import type { CatalogueEntries } from './catalogue-entries.js';
import { InvalidReferenceEntries } from './reference-version.errors.js';
import { referenceVersionDecider } from './reference-version.decider.js';
import type { ReferenceVersion } from './reference-version.js';

// Shared by the catalogue specs: a first version of a catalogue, published or refused by the decider.

const spec = deciderSpec(referenceVersionDecider);

function firstVersion<C extends Catalogue>(catalogue: C, entries: readonly CatalogueEntries[C][]): ReferenceVersion {
  return { catalogue, version: 1, effectiveFrom: '2025-01-01', entries } as ReferenceVersion;
}

export function publishes<C extends Catalogue>(catalogue: C, entries: readonly CatalogueEntries[C][]): void {
  const data = firstVersion(catalogue, entries);
  spec.given([]).when({ type: 'PublishReferenceVersion', data }).then([{ type: 'ReferenceVersionPublished', data }]);
}

export function refusesEntries<C extends Catalogue>(catalogue: C, entries: readonly CatalogueEntries[C][], fields: { path: string; messages: string[] }[]): void {
  const findings = fields.flatMap(({ path, messages }) => messages.map((message) => ({ path, message })));
  spec.given([]).when({ type: 'PublishReferenceVersion', data: firstVersion(catalogue, entries) }).then(new InvalidReferenceEntries(catalogue, findings));
}
