import { roundVolume } from '#shared-kernel';
import type { HarvestPlan, PermitState, SpeciesQuota } from './permit.state.js';

/** Where one species of one plan stands; every figure in m³. */
export interface SpeciesBalance {
  readonly planId: string;
  readonly species: string;
  readonly authorisedM3: number;
  readonly extractedM3: number;
  readonly movedM3: number;
  /** Still to be extracted: authorised − extracted. */
  readonly remainingM3: number;
  /** Extracted and not yet moved under a guide: extracted − moved. */
  readonly movableM3: number;
}

// Extraction draws on the authorised volume and guides move only what was extracted, so moved ≤ extracted ≤ authorised always holds and remaining = authorised − max(extracted, moved) = authorised − extracted.
export function speciesBalance(planId: string, quota: SpeciesQuota): SpeciesBalance {
  return {
    planId,
    species: quota.species,
    authorisedM3: quota.authorisedM3,
    extractedM3: quota.extractedM3,
    movedM3: quota.movedM3,
    remainingM3: roundVolume(quota.authorisedM3 - quota.extractedM3),
    movableM3: roundVolume(quota.extractedM3 - quota.movedM3),
  };
}

export function planBalance(plan: HarvestPlan): readonly SpeciesBalance[] {
  return plan.species.map((quota) => speciesBalance(plan.planId, quota));
}

/** The read side's view of a permit: every plan's balance per species, plans in approval order. */
export function balance(state: PermitState): readonly SpeciesBalance[] {
  return state?.plans.flatMap(planBalance) ?? [];
}
