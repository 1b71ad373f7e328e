import type { DensityEntry, SpeciesEntry } from '#reference-data/integration';
import { genusOf, isGenusOnly, nameKey, tidyName } from '../../domain/guide.names.js';
import type { SpeciesFacts } from '../../domain/scan-checks/scan-facts.js';

/**
 * The catalogue's facts for every name declared or observed: a species as the catalogue lists it, a genus
 * (declared at genus level) with whether the catalogue allows that. A species the catalogue does not know has
 * no facts: the checks then treat it as neither threatened nor listed, and without a density.
 */
export function speciesFactsFor(names: readonly string[], catalogue: readonly SpeciesEntry[], densities: readonly DensityEntry[]): SpeciesFacts[] {
  const unique = [...new Map(names.map((name) => [nameKey(name), tidyName(name)])).values()];
  return unique.flatMap((name): SpeciesFacts[] => {
    if (isGenusOnly(name)) {
      const genusLevelAllowed = catalogue.some((entry) => entry.genusLevelAllowed && genusOf(entry.scientificName) === nameKey(name));
      return [{ name, genusLevelAllowed, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: null }];
    }
    const entry = catalogue.find((candidate) => nameKey(candidate.scientificName) === nameKey(name));
    if (!entry) return [];
    const density = densities.find((candidate) => nameKey(candidate.scientificName) === nameKey(name));
    return [
      {
        name: entry.scientificName,
        genusLevelAllowed: entry.genusLevelAllowed,
        threatCategory: entry.threatCategory,
        citesAppendix: entry.citesAppendix,
        greenDensityKgPerM3: density?.greenKgPerM3 ?? null,
      },
    ];
  });
}
