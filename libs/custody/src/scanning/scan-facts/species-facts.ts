import { CITES_APPENDICES, type DensityEntry, type SpeciesEntry, THREAT_CATEGORIES } from '#reference-data/integration';
import { genusOf, isGenusOnly, nameKey, tidyName } from '../../domain/guide.names.js';
import type { SpeciesFacts } from '../../domain/scan-checks/scan-facts.js';

/**
 * The catalogue's facts for every name declared or observed: a species as the catalogue lists it, a genus
 * (named at genus level) with whether the catalogue allows that and the strictest threat and CITES listing of
 * its species, so naming only the genus hides neither. A species the catalogue does not know has no facts:
 * the checks then treat it as neither threatened nor listed, and without a density.
 */
export function speciesFactsFor(names: readonly string[], catalogue: readonly SpeciesEntry[], densities: readonly DensityEntry[]): SpeciesFacts[] {
  const unique = [...new Map(names.map((name) => [nameKey(name), tidyName(name)])).values()];
  return unique.flatMap((name): SpeciesFacts[] => {
    if (isGenusOnly(name)) {
      const genus = catalogue.filter((entry) => genusOf(entry.scientificName) === nameKey(name));
      const genusLevelAllowed = genus.some((entry) => entry.genusLevelAllowed);
      const threatCategory = strictest(THREAT_CATEGORIES, genus.map((entry) => entry.threatCategory));
      const citesAppendix = strictest(CITES_APPENDICES, genus.map((entry) => entry.citesAppendix));
      return [{ name, genusLevelAllowed, threatCategory, citesAppendix, greenDensityKgPerM3: null }];
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
        ...(density?.status === 'confirm' ? { greenDensityUnconfirmed: true as const } : {}),
      },
    ];
  });
}

/** The first of `order` (strictest first) that any of `values` is; null when none is listed. */
function strictest<T extends string>(order: readonly T[], values: readonly (T | null)[]): T | null {
  return order.find((candidate) => values.includes(candidate)) ?? null;
}
