import type { Projection } from '#projections';
import { measureOf } from '#shared-kernel';
import { figuresOf, type SpeciesBalance } from '../domain/permit.balance.js';
import type { PermitEvent, PermitRegistered } from '../domain/permit.events.js';
import type { PermitStatus } from '../domain/permit.js';
import type { PermitView, PlanView, SpeciesFigures } from '../permit-view/permit-view.js';

const PERMIT_EVENTS: readonly PermitEvent['type'][] = [
  'PermitRegistered',
  'HarvestPlanApproved',
  'PermitSuspended',
  'PermitReinstated',
  'PermitCancelled',
  'ExtractionRecorded',
  'VolumeMoved',
  'GuideNotCounted',
];

/** Every permit as one row shaped like the live view, for lists across permits (by holder, authority, status). */
export const permitListProjection: Projection<PermitView, PermitEvent> = {
  name: 'harvest_permits',
  lifecycle: 'async',
  version: 1,
  eventTypes: PERMIT_EVENTS,
  keys: (event) => [event.data.permitId],
  evolve: evolvePermitRow,
};

function evolvePermitRow(row: PermitView | undefined, event: PermitEvent): PermitView | null {
  if (event.type === 'PermitRegistered') return registeredRow(event);
  if (!row) return null;
  switch (event.type) {
    case 'HarvestPlanApproved': {
      const { planId, validity, harvestAreas, species } = event.data;
      const figures = species.map(({ species, authorised, minimumCuttingDiameterCm }) => ({
        species,
        ...figuresOf(measureOf(authorised.unit), { authorised: authorised.value, extracted: 0, moved: 0, remaining: authorised.value, movable: 0 }),
        ...(minimumCuttingDiameterCm === undefined ? {} : { minimumCuttingDiameterCm }),
      }));
      return { ...row, plans: [...row.plans, { planId, validity, harvestAreas, species: figures }] };
    }
    case 'PermitSuspended':
      return measured(row, 'suspended', event.data);
    case 'PermitReinstated':
      return measured(row, 'active', event.data);
    case 'PermitCancelled':
      return measured(row, 'cancelled', event.data);
    // The events carry each species' balance after them: the row takes it as recorded rather than adding up again.
    case 'ExtractionRecorded':
      return withBalances(row, event.data.planId, [event.data.balance]);
    case 'VolumeMoved':
      return withBalances(row, event.data.planId, event.data.balances);
    case 'GuideNotCounted': {
      const { permitId: _permit, ...notCounted } = event.data;
      // Rows written before guides not counted were kept have none.
      return { ...row, guidesNotCounted: [...(row.guidesNotCounted ?? []), notCounted] };
    }
    default:
      return unreachable(event);
  }
}

function registeredRow({ data }: PermitRegistered): PermitView {
  const { permitId, kind, holderTaxId, authority, resolutionNumber, area, validity } = data;
  return { permitId, kind, holderTaxId, authority, resolutionNumber, area, validity, status: 'active', plans: [], guidesNotCounted: [] };
}

function measured(row: PermitView, status: PermitStatus, { authority, reason, at }: { authority: string; reason: string; at: string }): PermitView {
  return { ...row, status, lastMeasure: { authority, reason, at } };
}

function withBalances(row: PermitView, planId: string, balances: readonly SpeciesBalance[]): PermitView {
  return { ...row, plans: row.plans.map((plan) => (plan.planId === planId ? planWith(plan, balances) : plan)) };
}

function planWith(plan: PlanView, balances: readonly SpeciesBalance[]): PlanView {
  return {
    ...plan,
    species: plan.species.map((figures): SpeciesFigures => {
      const after = balances.find((candidate) => candidate.species === figures.species);
      if (!after) return figures;
      // A species keeps its measure, so the balance's figures replace the row's field for field.
      const { planId: _plan, species: _species, ...amounts } = after;
      return { ...figures, ...amounts };
    }),
  };
}

function unreachable(event: never): never {
  throw new Error(`Unknown permit event ${JSON.stringify(event)}`);
}
