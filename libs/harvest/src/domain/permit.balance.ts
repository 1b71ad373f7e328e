import { type Measure, roundVolume } from '#shared-kernel';
import type { HarvestPlan, PermitState, SpeciesQuota } from './permit.state.js';

/** A quota's amounts, in its measure's base unit (m³ or kg). */
export interface QuotaAmounts {
  readonly authorised: number;
  readonly extracted: number;
  readonly moved: number;
  /** Still to be extracted: authorised − extracted. */
  readonly remaining: number;
  /** Extracted and not yet moved under a guide: extracted − moved. */
  readonly movable: number;
}

/** A timber quota's figures, in m³. */
export interface VolumeFigures {
  readonly authorisedM3: number;
  readonly extractedM3: number;
  readonly movedM3: number;
  /** Still to be extracted: authorised − extracted. */
  readonly remainingM3: number;
  /** Extracted and not yet moved under a guide: extracted − moved. */
  readonly movableM3: number;
}

/** The figures of a quota of a product traded by weight, in kg. */
export interface WeightFigures {
  readonly authorisedKg: number;
  readonly extractedKg: number;
  readonly movedKg: number;
  /** Still to be extracted: authorised − extracted. */
  readonly remainingKg: number;
  /** Extracted and not yet moved under a guide: extracted − moved. */
  readonly movableKg: number;
}

/**
 * A quota's figures named for their unit, as events and responses carry them: kilograms never sit in an m³ field,
 * and the events recorded before weights existed read as they were written.
 */
export type QuotaFigures = VolumeFigures | WeightFigures;

/** Where one species of one plan stands. */
export type SpeciesBalance = { readonly planId: string; readonly species: string } & QuotaFigures;

// Extraction draws on the authorised amount and guides move only what was extracted, so moved ≤ extracted ≤ authorised always holds and remaining = authorised − max(extracted, moved) = authorised − extracted.
export function quotaAmounts(quota: SpeciesQuota): QuotaAmounts {
  const { authorised, extracted, moved } = quota;
  return { authorised, extracted, moved, remaining: roundVolume(authorised - extracted), movable: roundVolume(extracted - moved) };
}

export function figuresOf(measure: Measure, amounts: QuotaAmounts): QuotaFigures {
  const { authorised, extracted, moved, remaining, movable } = amounts;
  return measure === 'volume'
    ? { authorisedM3: authorised, extractedM3: extracted, movedM3: moved, remainingM3: remaining, movableM3: movable }
    : { authorisedKg: authorised, extractedKg: extracted, movedKg: moved, remainingKg: remaining, movableKg: movable };
}

/** The measure and amounts that figures name. */
export function amountsOf(figures: QuotaFigures): QuotaAmounts & { readonly measure: Measure } {
  return 'authorisedKg' in figures
    ? { measure: 'weight', authorised: figures.authorisedKg, extracted: figures.extractedKg, moved: figures.movedKg, remaining: figures.remainingKg, movable: figures.movableKg }
    : { measure: 'volume', authorised: figures.authorisedM3, extracted: figures.extractedM3, moved: figures.movedM3, remaining: figures.remainingM3, movable: figures.movableM3 };
}

/** An amount asked for, beside a balance in a refusal's details: `requestedM3`, or `requestedKg` for a weight. */
export function requestedFigure(measure: Measure, amount: number): { readonly requestedM3: number } | { readonly requestedKg: number } {
  return measure === 'volume' ? { requestedM3: amount } : { requestedKg: amount };
}

export function speciesBalance(planId: string, quota: SpeciesQuota): SpeciesBalance {
  return { planId, species: quota.species, ...figuresOf(quota.measure, quotaAmounts(quota)) };
}

export function planBalance(plan: HarvestPlan): readonly SpeciesBalance[] {
  return plan.species.map((quota) => speciesBalance(plan.planId, quota));
}

/** The read side's view of a permit: every plan's balance per species, plans in approval order. */
export function balance(state: PermitState): readonly SpeciesBalance[] {
  return state?.plans.flatMap(planBalance) ?? [];
}
