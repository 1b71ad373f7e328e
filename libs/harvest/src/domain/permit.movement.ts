import { type DomainError, inBaseUnit, positiveAmount, refusalOf, requireMeasure, roundVolume } from '#shared-kernel';
import { type SpeciesBalance, speciesBalance } from './permit.balance.js';
import type { RecordVolumeMoved } from './permit.commands.js';
import { GuideNumberReused, MovedBeyondAuthorised, MovedBeyondExtracted, NoSpecies } from './permit.errors.js';
import type { GuideNotCounted, VolumeMoved } from './permit.events.js';
import { requirePermit, requireText } from './permit.guards.js';
import type { SpeciesVolume } from './permit.js';
import { requirePlan, requireQuota } from './permit.plans.js';
import type { CountedGuide, CountedLine, HarvestPlan, PermitState } from './permit.state.js';

/**
 * Counts a guide's load against the plan whatever the permit's standing: the guide already exists in
 * custody, and counting it is what keeps the balance honest. A guide number counted before with the
 * same load records nothing (the inbound feed is at-least-once); with another load it is refused.
 */
export function recordVolumeMoved({ data }: RecordVolumeMoved, state: PermitState): VolumeMoved[] {
  const permit = requirePermit(state, data.permitId);
  const guideNumber = requireText('guideNumber', data.guideNumber);
  const plan = requirePlan(permit, data.planId);
  const load = countLoad(plan, data.lines);
  const counted = permit.guides.get(guideNumber);
  if (counted) {
    if (sameLoad(counted, load)) return [];
    throw new GuideNumberReused(guideNumber, counted, load);
  }
  const balances = load.lines.map((line) => requireMovable(guideNumber, plan, line.species, line.amount));
  const lines = load.lines.map((line) => ({ species: line.species, volume: inBaseUnit(line.amount, line.measure) }));
  return [{ type: 'VolumeMoved', data: { permitId: permit.permitId, planId: plan.planId, guideNumber, lines, balances } }];
}

/** What a guide that could not be counted leaves on the permit: its load as sent, and why. */
export function guideNotCounted({ data }: RecordVolumeMoved, refusal: DomainError): GuideNotCounted {
  const { permitId, planId, guideNumber, lines } = data;
  return { type: 'GuideNotCounted', data: { permitId, planId, guideNumber, lines, refusal: refusalOf(refusal) } };
}

/**
 * The amount per species of the plan in its quota's base unit, lines of one species summed, sorted so two counts of
 * one load compare equal. A line in another measure than its quota's is refused like any other bad line.
 */
function countLoad(plan: HarvestPlan, lines: readonly SpeciesVolume[]): CountedGuide {
  if (lines.length === 0) throw new NoSpecies('lines');
  const totals = new Map<string, CountedLine>();
  lines.forEach((line, index) => {
    const field = `lines[${index}].volume`;
    const amount = positiveAmount(line.volume, field);
    const quota = requireQuota(plan, line.species);
    requireMeasure(line.volume, quota.measure, field);
    const earlier = totals.get(quota.species)?.amount ?? 0;
    totals.set(quota.species, { species: quota.species, measure: quota.measure, amount: roundVolume(earlier + amount) });
  });
  return { planId: plan.planId, lines: [...totals.values()].sort((a, b) => (a.species < b.species ? -1 : 1)) };
}

function sameLoad(a: CountedGuide, b: CountedGuide): boolean {
  return (
    a.planId === b.planId &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, i) => line.species === b.lines[i]?.species && line.measure === b.lines[i]?.measure && line.amount === b.lines[i]?.amount)
  );
}

/** Never more than authorised (pattern 2), and never timber that was not extracted (pattern 1's paper volume); answers the balance after the move. */
function requireMovable(guideNumber: string, plan: HarvestPlan, species: string, amount: number): SpeciesBalance {
  const quota = requireQuota(plan, species);
  const moved = roundVolume(quota.moved + amount);
  if (moved > quota.authorised) throw new MovedBeyondAuthorised(guideNumber, speciesBalance(plan.planId, quota), amount);
  if (moved > quota.extracted) throw new MovedBeyondExtracted(guideNumber, speciesBalance(plan.planId, quota), amount);
  return speciesBalance(plan.planId, { ...quota, moved });
}
