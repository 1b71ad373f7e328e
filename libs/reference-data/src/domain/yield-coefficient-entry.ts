import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';
import { BINOMIAL, GENUS, genusOf, nameKey } from './scientific-name.js';

/** Forms timber takes between the forest and export. */
export const PRODUCTS = ['roundwood', 'sawn_wood', 'sliced_veneer', 'rotary_veneer'] as const;
export type Product = (typeof PRODUCTS)[number];

/** Applies to every species unless a genus or species entry overrides it. */
export const EVERY_SPECIES = '*';

/** The most output a unit of input may yield: a processor declaring more is suspected of laundering. */
export interface YieldCoefficientEntry extends EntryAnnotations {
  /** A species (`Cedrela odorata`), a genus (`Virola`) or `*` for every species; the most specific entry applies. */
  readonly species: string;
  readonly input: Product;
  readonly output: Product;
  /** Output volume per input volume, in (0, 1]. */
  readonly maxYield: number;
}

export function yieldCoefficientFindings(entries: readonly YieldCoefficientEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => entryFindings(entry, index)),
    ...duplicateFindings(entries, (entry) => `${nameKey(entry.species)}|${entry.input}|${entry.output}`, 'species'),
  ];
}

function entryFindings(entry: YieldCoefficientEntry, index: number): Finding[] {
  const found: Finding[] = [];
  if (entry.species !== EVERY_SPECIES && !BINOMIAL.test(entry.species) && !GENUS.test(entry.species)) {
    found.push(finding(index, 'species', 'species must be a binomial, a genus or "*"'));
  }
  for (const field of ['input', 'output'] as const) {
    if (!PRODUCTS.includes(entry[field])) found.push(finding(index, field, `${field} must be one of ${PRODUCTS.join(', ')}`));
  }
  if (entry.input === entry.output) found.push(finding(index, 'output', 'output must differ from input'));
  if (!(entry.maxYield > 0 && entry.maxYield <= 1)) found.push(finding(index, 'maxYield', 'maxYield must lie in (0, 1]'));
  return found;
}

/** The coefficient for a species: its own entry, else its genus's, else the one for every species. */
export function applicableYield(entries: readonly YieldCoefficientEntry[], species: string, input: Product, output: Product): YieldCoefficientEntry | undefined {
  const forProducts = entries.filter((entry) => entry.input === input && entry.output === output);
  const find = (key: string) => forProducts.find((entry) => nameKey(entry.species) === key);
  return find(nameKey(species)) ?? find(genusOf(species)) ?? find(EVERY_SPECIES);
}
