import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { type HarvestPlanNoted, type NoteHarvestPlan, type NotePermitStanding, permitRegisterDecider, type PermitStandingNoted } from './permit-register.js';
import { UnreadableRegisterEntry } from './register-errors.js';

const spec = deciderSpec(permitRegisterDecider);
const PERMIT = '25-UCA/C-J-001-02';

const standing = (changes: Partial<NotePermitStanding['data']> = {}): NotePermitStanding => ({
  type: 'NotePermitStanding',
  data: { permitId: PERMIT, status: 'active', reason: 'registered', authority: 'ARFFS-UCAYALI', at: '2026-01-01', ...changes },
});
const standingNoted = (command: NotePermitStanding): PermitStandingNoted => ({ type: 'PermitStandingNoted', data: command.data });

const plan = (authorisedM3 = 500, changes: Partial<NoteHarvestPlan['data']> = {}): NoteHarvestPlan => ({
  type: 'NoteHarvestPlan',
  data: { permitId: PERMIT, planId: 'POA-6', validity: { from: '2026-01-01', to: '2026-12-31' }, species: [{ species: 'Cedrelinga cateniformis', authorised: cubicMetres(authorisedM3) }], ...changes },
});
const planNoted = (command: NoteHarvestPlan): HarvestPlanNoted => ({ type: 'HarvestPlanNoted', data: command.data });

describe('the permit register', () => {
  it('notes each standing harvest publishes, in the order it arrives', () => {
    const suspended = standing({ status: 'suspended', reason: 'PAU', authority: 'OSINFOR', at: '2026-05-01T08:00:00-05:00' });
    spec.given([standingNoted(standing())]).when(suspended).then([standingNoted(suspended)]);
  });

  it('notes the same standing republished only once', () => {
    spec.given([standingNoted(standing())]).when(standing()).then([]);
  });

  it('notes a plan, and a plan approved again with other figures replaces it', () => {
    spec.given([]).when(plan()).then([planNoted(plan())]);
    spec.given([planNoted(plan())]).when(plan()).then([]);
    spec.given([planNoted(plan())]).when(plan(600)).then([planNoted(plan(600))]);
  });

  it('refuses a time it cannot read, which would judge scans by nothing', () => {
    spec.given([]).when(standing({ at: 'soon' })).then(new UnreadableRegisterEntry(`permit ${PERMIT}`, 'at', 'soon'));
    spec
      .given([])
      .when(plan(500, { validity: { from: '2026-01-01', to: 'end of year' } }))
      .then(new UnreadableRegisterEntry(`plan POA-6 of permit ${PERMIT}`, 'validity.to', 'end of year'));
  });
});
