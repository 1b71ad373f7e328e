import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { balance } from './permit.balance.js';
import { permitDecider } from './permit.decider.js';
import type { HarvestPlanApproved } from './permit.events.js';
import { after, CEDRO, extracted, moved, PLAN, planApproved, TORNILLO, working } from './permit.fixtures.spec.js';

const nextPlan: HarvestPlanApproved = {
  type: 'HarvestPlanApproved',
  data: { ...planApproved.data, planId: 'POA-7', validity: { from: '2027-01-01', to: '2027-12-31' }, species: [{ species: CEDRO, authorised: cubicMetres(80) }] },
};

describe('the balance of a permit', () => {
  it('is empty before the permit is registered', () => {
    expect(balance(undefined)).toEqual([]);
  });

  it('gives every plan’s species: authorised, extracted, moved, left to extract and extracted but not yet moved', () => {
    const guide = moved([{ species: CEDRO, m3: 45.5 }, { species: TORNILLO, m3: 30 }], [after(CEDRO, 90, 45.5), after(TORNILLO, 30, 30)]);
    const state = fold(permitDecider, [...working, extracted('LOT-C', 30, TORNILLO), guide, nextPlan]);
    expect(balance(state)).toEqual([
      { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 90, movedM3: 45.5, remainingM3: 10, movableM3: 44.5 },
      { planId: PLAN, species: TORNILLO, authorisedM3: 400, extractedM3: 30, movedM3: 30, remainingM3: 370, movableM3: 0 },
      { planId: 'POA-7', species: CEDRO, authorisedM3: 80, extractedM3: 0, movedM3: 0, remainingM3: 80, movableM3: 0 },
    ]);
  });
});
