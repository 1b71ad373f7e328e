import { type DomainError, refusalOf, roundVolume } from '#shared-kernel';
import { type SpeciesBalance, speciesBalance } from './permit.balance.js';
import type { RecordVolumeMoved } from './permit.commands.js';
import { GuideNumberReused, MovedBeyondAuthorised, MovedBeyondExtracted, NoSpecies } from './permit.errors.js';
import type { GuideNotCounted, VolumeMoved } from './permit.events.js';
import { m3, positiveCubicMetres, requirePermit, requireText } from './permit.guards.js';
import type { SpeciesVolume } from './permit.js';
import { requirePlan, requireQuota } from './permit.plans.js';
import type { CountedGuide, HarvestPlan, PermitState } from './permit.state.js';

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
  const balances = load.lines.map((line) => requireMovable(guideNumber, plan, line.species, line.m3));
  const lines = load.lines.map((line) => ({ species: line.species, volume: m3(line.m3) }));
  return [{ type: 'VolumeMoved', data: { permitId: permit.permitId, planId: plan.planId, guideNumber, lines, balances } }];
}

/** What a guide that could not be counted leaves on the permit: its load as sent, and why. */
export function guideNotCounted({ data }: RecordVolumeMoved, refusal: DomainError): GuideNotCounted {
  const { permitId, planId, guideNumber, lines } = data;
  return { type: 'GuideNotCounted', data: { permitId, planId, guideNumber, lines, refusal: refusalOf(refusal) } };
}

/** m³ per species of the plan, lines of one species summed, sorted so two counts of one load compare equal. */
function countLoad(plan: HarvestPlan, lines: readonly SpeciesVolume[]): CountedGuide {
  if (lines.length === 0) throw new NoSpecies('lines');
  const totals = new Map<string, number>();
  lines.forEach((line, index) => {
    const volume = positiveCubicMetres(line.volume, `lines[${index}].volume`);
    const species = requireQuota(plan, line.species).species;
    totals.set(species, roundVolume((totals.get(species) ?? 0) + volume));
  });
  const counted = [...totals].map(([species, volume]) => ({ species, m3: volume }));
  return { planId: plan.planId, lines: counted.sort((a, b) => (a.species < b.species ? -1 : 1)) };
}

function sameLoad(a: CountedGuide, b: CountedGuide): boolean {
  return a.planId === b.planId && a.lines.length === b.lines.length && a.lines.every((line, i) => line.species === b.lines[i]?.species && line.m3 === b.lines[i]?.m3);
}

/** Never more than authorised (pattern 2), and never timber that was not extracted (pattern 1's paper volume); answers the balance after the move. */
function requireMovable(guideNumber: string, plan: HarvestPlan, species: string, volume: number): SpeciesBalance {
  const quota = requireQuota(plan, species);
  const movedM3 = roundVolume(quota.movedM3 + volume);
  if (movedM3 > quota.authorisedM3) throw new MovedBeyondAuthorised(guideNumber, speciesBalance(plan.planId, quota), volume);
  if (movedM3 > quota.extractedM3) throw new MovedBeyondExtracted(guideNumber, speciesBalance(plan.planId, quota), volume);
  return speciesBalance(plan.planId, { ...quota, movedM3 });
}
