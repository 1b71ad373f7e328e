/** The reference catalogues, each kept as its own stream of published versions. */
export const CATALOGUES = ['species', 'densities', 'yield-coefficients', 'checkpoints', 'uit', 'units', 'infractions', 'holidays', 'species-values', 'certified-identifiers', 'roads', 'scan-rules'] as const;

export type Catalogue = (typeof CATALOGUES)[number];

export function isCatalogue(name: string): name is Catalogue {
  return (CATALOGUES as readonly string[]).includes(name);
}

export function referenceStreamId(catalogue: Catalogue): string {
  return `reference-${catalogue}`;
}
