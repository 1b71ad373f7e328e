import { type GeoPolygon, inBaseUnit, measureOf, polygonWithin, positiveAmount } from '#shared-kernel';
import type { ApproveHarvestPlan } from './permit.commands.js';
import {
  DuplicateSpecies,
  HarvestAreaOutsidePermit,
  HarvestPlanAlreadyApproved,
  InvalidCuttingDiameter,
  NoHarvestArea,
  NoSpecies,
  PlanValidityOutsidePermit,
} from './permit.errors.js';
import type { HarvestPlanApproved } from './permit.events.js';
import { requireActive, requirePermit, requirePolygon, requireText, requireValidity } from './permit.guards.js';
import type { SpeciesAuthorisation } from './permit.js';
import { findPlan } from './permit.plans.js';
import type { Permit, PermitState } from './permit.state.js';
import { sameSpecies, tidySpeciesName } from './species-name.js';
import { coversValidity } from './validity.js';

export function approveHarvestPlan({ data }: ApproveHarvestPlan, state: PermitState): HarvestPlanApproved[] {
  const permit = requirePermit(state, data.permitId);
  const planId = requireText('planId', data.planId);
  const validity = requireValidity('validity', data.validity);
  const species = authorisations(data.species);
  requireHarvestAreas(planId, data.harvestAreas);
  requireActive(permit);
  if (findPlan(permit, planId)) throw new HarvestPlanAlreadyApproved(permit.permitId, planId);
  if (!coversValidity(permit.validity, validity)) throw new PlanValidityOutsidePermit(planId, validity, permit.validity);
  requireWithinPermit(permit, planId, data.harvestAreas);
  return [{ type: 'HarvestPlanApproved', data: { permitId: permit.permitId, planId, validity, harvestAreas: data.harvestAreas, species } }];
}

function requireHarvestAreas(planId: string, areas: readonly GeoPolygon[]): void {
  if (areas.length === 0) throw new NoHarvestArea(planId);
  areas.forEach((area, index) => requirePolygon(`harvestAreas[${index}]`, area));
}

function requireWithinPermit(permit: Permit, planId: string, areas: readonly GeoPolygon[]): void {
  const outside = areas.findIndex((area) => !polygonWithin(area, permit.area));
  if (outside >= 0) throw new HarvestAreaOutsidePermit(planId, outside);
}

/** One entry per species, each quota in its measure's base unit (m³ or kg); the catalogue's measure is checked where the plan comes in. */
function authorisations(entries: readonly SpeciesAuthorisation[]): SpeciesAuthorisation[] {
  if (entries.length === 0) throw new NoSpecies('species');
  return entries.map((entry, index) => {
    const species = tidySpeciesName(requireText(`species[${index}].species`, entry.species));
    if (entries.slice(0, index).some((earlier) => sameSpecies(earlier.species, species))) throw new DuplicateSpecies('species', species);
    const authorised = inBaseUnit(positiveAmount(entry.authorised, `species[${index}].authorised`), measureOf(entry.authorised.unit));
    const diameter = entry.minimumCuttingDiameterCm;
    if (diameter === undefined) return { species, authorised };
    if (!Number.isFinite(diameter) || diameter <= 0) throw new InvalidCuttingDiameter(species, diameter);
    return { species, authorised, minimumCuttingDiameterCm: diameter };
  });
}
