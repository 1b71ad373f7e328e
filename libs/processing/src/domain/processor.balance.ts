import { type Measure, roundVolume } from '#shared-kernel';
import { measureOfProduct, type ProductType } from './processor.js';
import type { ProcessorState, ProductAmounts } from './processor.state.js';

/** One species through the facility: timber in m³; a non_timber product, received and kept as it came, in kg. */
export interface SpeciesBalance {
  readonly species: string;
  readonly receivedM3: number;
  readonly consumedM3: number;
  readonly producedM3: number;
  /** Received or produced here, not yet consumed: what the facility may still ship or transform. */
  readonly inStockM3: number;
  /** Present when the species came in by weight: it is never transformed, so received and in stock tell all of it. */
  readonly weight?: { readonly receivedKg: number; readonly inStockKg: number };
}

/**
 * Cumulative output against cumulative input × maximum yield, for one species: output ≤ input × yield
 * reads as output ÷ yield ≤ input, so products sharing input add up. Each transformation was judged
 * with the yield facts in force when it happened; only flagged exceptions and output over caps that await
 * confirmation push a species over.
 */
export interface CumulativeYield {
  readonly species: string;
  /** Input taken by the transformations that made this species, intermediate products included. */
  readonly inputM3: number;
  /** Input their output needed at maximum yield. */
  readonly inputNeededM3: number;
  readonly producedM3: number;
  readonly withinYield: boolean;
}

export function balance(state: ProcessorState): SpeciesBalance[] {
  if (state === undefined) return [];
  const lots = state.inventory.values();
  return [...state.flows.values()].map(({ species, received, consumed, produced }) => {
    const held = lots.filter((lot) => lot.species === species);
    const inStock = (measure: Measure) => roundVolume(held.filter((lot) => measureOfProduct(lot.productType) === measure).reduce((sum, lot) => sum + lot.remaining, 0));
    const receivedKg = total(received, 'weight');
    return {
      species,
      receivedM3: total(received, 'volume'),
      consumedM3: total(consumed, 'volume'),
      producedM3: total(produced, 'volume'),
      inStockM3: inStock('volume'),
      ...(receivedKg > 0 ? { weight: { receivedKg, inStockKg: inStock('weight') } } : {}),
    };
  });
}

/** What a check of a load leaving this processor needs to know: has it made more than its input could yield? */
export function cumulativeYield(state: ProcessorState): CumulativeYield[] {
  if (state === undefined) return [];
  return [...state.flows.values()]
    .filter((flows) => total(flows.produced, 'volume') > 0)
    .map(({ species, produced, judgedInputM3, inputNeededM3 }) => ({
      species,
      inputM3: judgedInputM3,
      inputNeededM3,
      producedM3: total(produced, 'volume'),
      withinYield: inputNeededM3 <= judgedInputM3,
    }));
}

/** The amounts of the products of one measure: m³ and kg are never added together. */
function total(amounts: ProductAmounts, measure: Measure): number {
  const ofMeasure = Object.entries(amounts).filter(([product]) => measureOfProduct(product as ProductType) === measure);
  return roundVolume(ofMeasure.reduce((sum, [, value]) => sum + (value ?? 0), 0));
}
