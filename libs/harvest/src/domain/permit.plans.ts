import { HarvestPlanNotFound, SpeciesNotInPlan } from './permit.errors.js';
import type { HarvestPlan, Permit, SpeciesQuota } from './permit.state.js';
import { sameSpecies } from './species-name.js';

export function findPlan(permit: Permit, planId: string): HarvestPlan | undefined {
  return permit.plans.find((plan) => plan.planId === planId);
}

export function requirePlan(permit: Permit, planId: string): HarvestPlan {
  const plan = findPlan(permit, planId);
  if (!plan) throw new HarvestPlanNotFound(permit.permitId, planId);
  return plan;
}

export function requireQuota(plan: HarvestPlan, species: string): SpeciesQuota {
  const quota = plan.species.find((candidate) => sameSpecies(candidate.species, species));
  if (!quota) throw new SpeciesNotInPlan(plan.planId, species);
  return quota;
}
