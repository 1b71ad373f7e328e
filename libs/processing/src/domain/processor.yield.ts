import { roundVolume } from '#shared-kernel';
import type { TimberProduct, YieldFact } from './processor.js';
import { genusOf, nameKey } from './species-name.js';

/** The yield fact that applies to every species unless a genus or species fact overrides it. */
export const EVERY_SPECIES = '*';

/** m³ per product type. */
export type ProductVolumes = Partial<Record<TimberProduct, number>>;

export interface YieldLine {
  readonly outputProduct: TimberProduct;
  /** Output per unit of the species' input, weighted over its input products. */
  readonly maxYield: number;
  /** What the input could yield of this product alone. */
  readonly allowedM3: number;
  readonly requestedM3: number;
}

/** One species' output against the input it came from. */
export interface SpeciesYield {
  readonly species: string;
  readonly inputM3: number;
  /** Input the output needs at maximum yield, output products sharing the input. */
  readonly inputNeededM3: number;
  readonly lines: readonly YieldLine[];
}

/** The species' own fact, else its genus's, else the one for every species. */
export function maxYieldOf(facts: readonly YieldFact[], species: string, input: TimberProduct, output: TimberProduct): number | undefined {
  const forProducts = facts.filter((fact) => fact.inputProduct === input && fact.outputProduct === output);
  const find = (key: string) => forProducts.find((fact) => nameKey(fact.species) === key)?.maxYield;
  return find(nameKey(species)) ?? find(genusOf(species)) ?? find(EVERY_SPECIES);
}

/**
 * Several output products share one input: each needs requested ÷ maximum yield of it, and together
 * they may not need more input than was taken (laundering pattern 3: overstated yields).
 */
export function speciesYield(
  species: string,
  inputs: ProductVolumes,
  outputs: ProductVolumes,
  maxYield: (input: TimberProduct, output: TimberProduct) => number,
): SpeciesYield {
  const inputM3 = roundVolume(sum(entries(inputs).map(([, m3]) => m3)));
  let needed = 0;
  const lines = entries(outputs).map(([outputProduct, requestedM3]): YieldLine => {
    const yielded = sum(entries(inputs).map(([input, m3]) => m3 * maxYield(input, outputProduct)));
    needed += (requestedM3 * inputM3) / yielded;
    return { outputProduct, maxYield: ratio(yielded / inputM3), allowedM3: roundVolume(yielded), requestedM3: roundVolume(requestedM3) };
  });
  return { species, inputM3, inputNeededM3: roundVolume(needed), lines };
}

export function withinYield({ inputM3, inputNeededM3 }: SpeciesYield): boolean {
  return inputNeededM3 <= inputM3;
}

function entries(volumes: ProductVolumes): [TimberProduct, number][] {
  return Object.entries(volumes).filter((entry): entry is [TimberProduct, number] => entry[1] !== undefined);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function ratio(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
