import { roundVolume } from '#shared-kernel';
import type { ProcessorState } from './processor.state.js';
import type { ProductVolumes } from './processor.yield.js';

/** One species through the facility, in m³. */
export interface SpeciesBalance {
  readonly species: string;
  readonly receivedM3: number;
  readonly consumedM3: number;
  readonly producedM3: number;
  /** Received or produced here, not yet consumed: what the facility may still ship or transform. */
  readonly inStockM3: number;
}

/**
 * Cumulative output against cumulative input × maximum yield, for one species: output ≤ input × yield
 * reads as output ÷ yield ≤ input, so products sharing input add up. Each transformation was judged
 * with the yield facts in force when it happened; only flagged exceptions can push a species over.
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
  return [...state.flows.values()].map(({ species, received, consumed, produced }) => ({
    species,
    receivedM3: total(received),
    consumedM3: total(consumed),
    producedM3: total(produced),
    inStockM3: roundVolume(lots.filter((lot) => lot.species === species).reduce((sum, lot) => sum + lot.remaining, 0)),
  }));
}

/** What a check of a load leaving this processor needs to know: has it made more than its input could yield? */
export function cumulativeYield(state: ProcessorState): CumulativeYield[] {
  if (state === undefined) return [];
  return [...state.flows.values()]
    .filter((flows) => total(flows.produced) > 0)
    .map(({ species, produced, judgedInputM3, inputNeededM3 }) => ({
      species,
      inputM3: judgedInputM3,
      inputNeededM3,
      producedM3: total(produced),
      withinYield: inputNeededM3 <= judgedInputM3,
    }));
}

function total(volumes: ProductVolumes): number {
  return roundVolume(Object.values(volumes).reduce((sum, value) => sum + (value ?? 0), 0));
}
