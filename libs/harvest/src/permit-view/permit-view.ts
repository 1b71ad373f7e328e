import type { GeoPolygon } from '#shared-kernel';
import { type QuotaFigures, speciesBalance } from '../domain/permit.balance.js';
import type { PermitKind, PermitStatus, Validity } from '../domain/permit.js';
import type { GuideNotCountedRecord, HarvestPlan, Permit, SpeciesQuota } from '../domain/permit.state.js';

/** One species of a plan: its figures in m³ (`…M3`), or in kg (`…Kg`) for a product traded by weight. */
export type SpeciesFigures = { readonly species: string; readonly minimumCuttingDiameterCm?: number } & QuotaFigures;

export type PlanView = {
  readonly planId: string;
  readonly validity: Validity;
  readonly harvestAreas: readonly GeoPolygon[];
  readonly species: readonly SpeciesFigures[];
};

/** The last suspension, reinstatement or cancellation. */
export type StandingMeasureView = { readonly authority: string; readonly reason: string; readonly at: string };

/** A permit as regulators and its holder read it: standing, plans, and every plan's figures per species. */
export type PermitView = {
  readonly permitId: string;
  readonly kind: PermitKind;
  readonly holderTaxId: string;
  readonly authority: string;
  readonly resolutionNumber: string;
  readonly area: GeoPolygon;
  readonly validity: Validity;
  readonly status: PermitStatus;
  readonly lastMeasure?: StandingMeasureView;
  readonly plans: readonly PlanView[];
  readonly guidesNotCounted: readonly Omit<GuideNotCountedRecord, 'permitId'>[];
};

/** The live read model: the permit as its stream folds now. */
export function permitView(permit: Permit): PermitView {
  const { standing } = permit;
  const lastMeasure = standing.authority === undefined ? {} : { lastMeasure: { authority: standing.authority, reason: standing.reason!, at: standing.at! } };
  return {
    permitId: permit.permitId,
    kind: permit.kind,
    holderTaxId: permit.holderTaxId,
    authority: permit.authority,
    resolutionNumber: permit.resolutionNumber,
    area: permit.area,
    validity: permit.validity,
    status: standing.status,
    ...lastMeasure,
    plans: permit.plans.map(planView),
    guidesNotCounted: permit.guidesNotCounted.map(({ permitId: _permit, ...notCounted }) => notCounted),
  };
}

function planView(plan: HarvestPlan): PlanView {
  return { planId: plan.planId, validity: plan.validity, harvestAreas: plan.harvestAreas, species: plan.species.map((quota) => speciesFigures(plan.planId, quota)) };
}

function speciesFigures(planId: string, quota: SpeciesQuota): SpeciesFigures {
  const { planId: _plan, ...figures } = speciesBalance(planId, quota);
  return quota.minimumCuttingDiameterCm === undefined ? figures : { ...figures, minimumCuttingDiameterCm: quota.minimumCuttingDiameterCm };
}
