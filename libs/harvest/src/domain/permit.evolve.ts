import { measureOf, PersistentMap, roundVolume } from '#shared-kernel';
import type { PermitEvent, PermitRegistered, VolumeMoved } from './permit.events.js';
import type { CountedGuide, HarvestPlan, Permit, PermitState, SpeciesQuota } from './permit.state.js';

export function evolvePermit(state: PermitState, event: PermitEvent): PermitState {
  return event.type === 'PermitRegistered' ? registered(event) : state && evolveRegistered(state, event);
}

function registered({ data }: PermitRegistered): Permit {
  return { ...data, standing: { status: 'active' }, plans: [], lotIds: PersistentMap.empty(), guides: PersistentMap.empty(), guidesNotCounted: [] };
}

function evolveRegistered(permit: Permit, event: Exclude<PermitEvent, PermitRegistered>): Permit {
  switch (event.type) {
    case 'HarvestPlanApproved': {
      const { planId, validity, harvestAreas, species } = event.data;
      // The authorised quantity is in its measure's base unit: its unit says the measure.
      const quotas = species.map(({ species, authorised, minimumCuttingDiameterCm }) => ({
        species,
        measure: measureOf(authorised.unit),
        authorised: authorised.value,
        extracted: 0,
        moved: 0,
        ...(minimumCuttingDiameterCm === undefined ? {} : { minimumCuttingDiameterCm }),
      }));
      return { ...permit, plans: [...permit.plans, { planId, validity, harvestAreas, species: quotas }] };
    }
    case 'PermitSuspended':
      return { ...permit, standing: { status: 'suspended', ...measure(event.data) } };
    case 'PermitReinstated':
      return { ...permit, standing: { status: 'active', ...measure(event.data) } };
    case 'PermitCancelled':
      return { ...permit, standing: { status: 'cancelled', ...measure(event.data) } };
    case 'ExtractionRecorded': {
      const { planId, lotId, species, volume } = event.data;
      const plans = withQuota(permit.plans, planId, species, (quota) => ({ ...quota, extracted: roundVolume(quota.extracted + volume.value) }));
      return { ...permit, plans, lotIds: permit.lotIds.with(lotId, true) };
    }
    case 'VolumeMoved': {
      const { planId, guideNumber, lines } = event.data;
      const plans = lines.reduce(
        (current, line) => withQuota(current, planId, line.species, (quota) => ({ ...quota, moved: roundVolume(quota.moved + line.volume.value) })),
        permit.plans,
      );
      return { ...permit, plans, guides: permit.guides.with(guideNumber, countedGuide(event.data)) };
    }
    case 'GuideNotCounted':
      return { ...permit, guidesNotCounted: [...permit.guidesNotCounted, event.data] };
    default:
      return unreachable(event);
  }
}

/** A guide's load as the permit keeps it, to tell the same guide arriving again from a reused number. */
export function countedGuide({ planId, lines }: VolumeMoved['data']): CountedGuide {
  return { planId, lines: lines.map((line) => ({ species: line.species, measure: measureOf(line.volume.unit), amount: line.volume.value })) };
}

function measure({ authority, reason, at }: { authority: string; reason: string; at: string }) {
  return { authority, reason, at };
}

// Events carry the plan's spelling of the species, so an exact match finds the quota.
function withQuota(plans: readonly HarvestPlan[], planId: string, species: string, change: (quota: SpeciesQuota) => SpeciesQuota): readonly HarvestPlan[] {
  return plans.map((plan) =>
    plan.planId !== planId ? plan : { ...plan, species: plan.species.map((quota) => (quota.species === species ? change(quota) : quota)) },
  );
}

function unreachable(event: never): never {
  throw new Error(`Unknown permit event ${JSON.stringify(event)}`);
}
