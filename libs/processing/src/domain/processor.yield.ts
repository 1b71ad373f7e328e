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

/** A maximum yield applied to a species' output that awaits confirmation in the catalogue. */
export interface UnconfirmedCap {
  readonly inputProduct: TimberProduct;
  readonly outputProduct: TimberProduct;
  readonly maxYield: number;
}

/** One species' output against the input it came from. */
export interface SpeciesYield {
  readonly species: string;
  readonly inputM3: number;
  /** Input the output needs at maximum yield, output products sharing the input. */
  readonly inputNeededM3: number;
  readonly lines: readonly YieldLine[];
  /** The caps applied that await confirmation; absent when every cap applied is confirmed. */
  readonly unconfirmedCaps?: readonly UnconfirmedCap[];
  /** With `unconfirmedCaps`: the input needed with those caps limiting nothing (1 m³ for 1), what the confirmed caps alone call for. */
  readonly inputNeededAtConfirmedCapsM3?: number;
}

/** The species' own fact, else its genus's, else the one for every species. */
export function yieldFactOf(facts: readonly YieldFact[], species: string, input: TimberProduct, output: TimberProduct): YieldFact | undefined {
  const forProducts = facts.filter((fact) => fact.inputProduct === input && fact.outputProduct === output);
  const find = (key: string) => forProducts.find((fact) => nameKey(fact.species) === key);
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
  factOf: (input: TimberProduct, output: TimberProduct) => YieldFact,
): SpeciesYield {
  const inputM3 = roundVolume(sum(entries(inputs).map(([, m3]) => m3)));
  let needed = 0;
  let neededAtConfirmedCaps = 0;
  const unconfirmedCaps: UnconfirmedCap[] = [];
  const lines = entries(outputs).map(([outputProduct, requestedM3]): YieldLine => {
    const applied = entries(inputs).map(([input, m3]) => ({ m3, fact: factOf(input, outputProduct) }));
    const yielded = sum(applied.map(({ m3, fact }) => m3 * fact.maxYield));
    // An unconfirmed cap limits nothing here, so the excess over the confirmed caps alone shows.
    const yieldedAtConfirmedCaps = sum(applied.map(({ m3, fact }) => m3 * (fact.unconfirmed ? 1 : fact.maxYield)));
    needed += (requestedM3 * inputM3) / yielded;
    neededAtConfirmedCaps += (requestedM3 * inputM3) / yieldedAtConfirmedCaps;
    for (const { fact } of applied.filter(({ fact }) => fact.unconfirmed)) unconfirmedCaps.push({ inputProduct: fact.inputProduct, outputProduct, maxYield: fact.maxYield });
    return { outputProduct, maxYield: ratio(yielded / inputM3), allowedM3: roundVolume(yielded), requestedM3: roundVolume(requestedM3) };
  });
  const judged = { species, inputM3, inputNeededM3: roundVolume(needed), lines };
  if (unconfirmedCaps.length === 0) return judged;
  return { ...judged, unconfirmedCaps, inputNeededAtConfirmedCapsM3: roundVolume(neededAtConfirmedCaps) };
}

export function withinYield({ inputM3, inputNeededM3 }: SpeciesYield): boolean {
  return inputNeededM3 <= inputM3;
}

/** Within the confirmed caps, those awaiting confirmation limiting nothing: only beyond them is output refused or flagged. */
export function withinConfirmedCaps({ inputM3, inputNeededM3, inputNeededAtConfirmedCapsM3 }: SpeciesYield): boolean {
  return (inputNeededAtConfirmedCapsM3 ?? inputNeededM3) <= inputM3;
}

/** Over its maximum yield by caps that await confirmation alone: an observation, recorded and never refused or flagged. */
export function overUnconfirmedCapsOnly(judged: SpeciesYield): boolean {
  return !withinYield(judged) && withinConfirmedCaps(judged);
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
