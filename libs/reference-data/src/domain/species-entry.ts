import type { Measure } from '#shared-kernel';
import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding, isBlank } from './entry-findings.js';
import { BINOMIAL, genusOf, nameKey } from './scientific-name.js';

/** Peru's threat categories (DS 043-2006-AG); `confirm` marks a species reported threatened whose category is still to be confirmed. */
export const THREAT_CATEGORIES = ['CR', 'EN', 'VU', 'NT', 'confirm'] as const;
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];

/** CITES appendices; `confirm` marks a listing reported but still to be confirmed. */
export const CITES_APPENDICES = ['I', 'II', 'III', 'confirm'] as const;
export type CitesAppendix = (typeof CITES_APPENDICES)[number];

export interface SpeciesEntry extends EntryAnnotations {
  readonly scientificName: string;
  readonly family: string;
  /** Aliases only: common names are ambiguous ("moena" covers several genera), matching is on scientific names. */
  readonly commonNames: readonly string[];
  /** Timber of this genus may travel identified at genus level only (the 11 genera of SERFOR's list). */
  readonly genusLevelAllowed: boolean;
  readonly threatCategory: ThreatCategory | null;
  readonly citesAppendix: CitesAppendix | null;
  /** `weight` for a non-timber forest product (tara pods, camu camu fruit): its quotas, guides and scans are in kg. Absent: timber, by volume. */
  readonly tradedBy?: Measure;
}

/** How the products of a species are measured: by weight when the catalogue says so, else by volume. */
export function measureOfSpecies(entry: Pick<SpeciesEntry, 'tradedBy'>): Measure {
  return entry.tradedBy ?? 'volume';
}

export function speciesFindings(entries: readonly SpeciesEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => entryFindings(entry, index)),
    ...duplicateFindings(entries, (entry) => nameKey(entry.scientificName), 'scientificName'),
    ...genusFlagFindings(entries),
  ];
}

function entryFindings(entry: SpeciesEntry, index: number): Finding[] {
  const found: Finding[] = [];
  if (!BINOMIAL.test(entry.scientificName)) found.push(finding(index, 'scientificName', 'scientificName must be a binomial such as "Cedrela odorata"'));
  if (isBlank(entry.family)) found.push(finding(index, 'family', 'family must not be blank'));
  entry.commonNames.forEach((name, n) => {
    if (isBlank(name)) found.push(finding(index, `commonNames.${n}`, 'a common name must not be blank'));
  });
  if (entry.threatCategory !== null && !THREAT_CATEGORIES.includes(entry.threatCategory)) {
    found.push(finding(index, 'threatCategory', `threatCategory must be one of ${THREAT_CATEGORIES.join(', ')} or null`));
  }
  if (entry.citesAppendix !== null && !CITES_APPENDICES.includes(entry.citesAppendix)) {
    found.push(finding(index, 'citesAppendix', `citesAppendix must be one of ${CITES_APPENDICES.join(', ')} or null`));
  }
  return found;
}

// Identification at genus level is allowed for a genus, not a species: its species must agree.
function genusFlagFindings(entries: readonly SpeciesEntry[]): Finding[] {
  const flagOfGenus = new Map<string, { flag: boolean; index: number }>();
  return entries.flatMap((entry, index) => {
    const genus = genusOf(entry.scientificName);
    const first = flagOfGenus.get(genus);
    if (first === undefined) {
      flagOfGenus.set(genus, { flag: entry.genusLevelAllowed, index });
      return [];
    }
    if (first.flag === entry.genusLevelAllowed) return [];
    return [finding(index, 'genusLevelAllowed', `genusLevelAllowed must agree with entries.${first.index} of the same genus`)];
  });
}

export function findSpecies(entries: readonly SpeciesEntry[], scientificName: string): SpeciesEntry | undefined {
  const key = nameKey(scientificName);
  return entries.find((entry) => nameKey(entry.scientificName) === key);
}

/** Whether timber may be declared by this genus alone: some species of it in the catalogue carries the flag. */
export function genusLevelAllowed(entries: readonly SpeciesEntry[], genus: string): boolean {
  const key = nameKey(genus);
  return entries.some((entry) => entry.genusLevelAllowed && genusOf(entry.scientificName) === key);
}
