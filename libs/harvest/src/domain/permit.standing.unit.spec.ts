import { describe, expect, it } from '@jest/globals';
import { fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { CancelPermit, ReinstatePermit, SuspendPermit } from './permit.commands.js';
import { permitDecider } from './permit.decider.js';
import { BlankField, InvalidDate, PermitAlreadySuspended, PermitIsCancelled, PermitNotFound, PermitNotSuspended } from './permit.errors.js';
import { AT, cancelled, measure, PERMIT, registered, suspended } from './permit.fixtures.spec.js';

const spec = deciderSpec(permitDecider);

const suspend = (data = measure()): SuspendPermit => ({ type: 'SuspendPermit', data });
const reinstate = (data = measure('Medida cautelar levantada')): ReinstatePermit => ({ type: 'ReinstatePermit', data });
const cancel = (data = measure('caducidad')): CancelPermit => ({ type: 'CancelPermit', data });
const reinstated = { type: 'PermitReinstated' as const, data: measure('Medida cautelar levantada') };

describe('suspending a permit', () => {
  it('suspends an active permit, recording who, why and when', () => {
    spec.given([registered]).when(suspend()).then([suspended]);
    expect(fold(permitDecider, [registered, suspended])?.standing).toEqual({ status: 'suspended', authority: 'OSINFOR', reason: 'PAU en curso', at: AT });
  });

  it('refuses a permit already suspended or cancelled', () => {
    spec.given([registered, suspended]).when(suspend()).then(new PermitAlreadySuspended(PERMIT));
    spec.given([registered, cancelled]).when(suspend()).then(new PermitIsCancelled(PERMIT));
  });

  it('needs a registered permit', () => {
    spec.given([]).when(suspend()).then(new PermitNotFound(PERMIT));
  });

  it('needs the authority, a reason and an instant with its offset', () => {
    spec.given([registered]).when(suspend({ ...measure(), authority: ' ' })).then(new BlankField('authority'));
    spec.given([registered]).when(suspend({ ...measure(), reason: '' })).then(new BlankField('reason'));
    spec.given([registered]).when(suspend({ ...measure(), at: '2026-05-02 08:00' })).then(new InvalidDate('at', '2026-05-02 08:00', 'instant'));
    spec.given([registered]).when(suspend({ ...measure(), at: '2026-05-02T08:00:00' })).then(new InvalidDate('at', '2026-05-02T08:00:00', 'instant'));
  });
});

describe('reinstating a permit', () => {
  it('makes a suspended permit active again', () => {
    spec.given([registered, suspended]).when(reinstate()).then([reinstated]);
    expect(fold(permitDecider, [registered, suspended, reinstated])?.standing.status).toBe('active');
  });

  it('refuses a permit that is not suspended', () => {
    spec.given([registered]).when(reinstate()).then(new PermitNotSuspended(PERMIT));
  });

  it('never brings back a cancelled permit', () => {
    spec.given([registered, suspended, cancelled]).when(reinstate()).then(new PermitIsCancelled(PERMIT));
  });

  it('needs a registered permit', () => {
    spec.given([]).when(reinstate()).then(new PermitNotFound(PERMIT));
  });
});

describe('cancelling a permit', () => {
  it('cancels an active or a suspended permit, with the authority and the reason', () => {
    spec.given([registered]).when(cancel()).then([cancelled]);
    spec.given([registered, suspended]).when(cancel()).then([cancelled]);
    expect(fold(permitDecider, [registered, cancelled])?.standing).toEqual({ status: 'cancelled', authority: 'OSINFOR', reason: 'caducidad', at: AT });
  });

  it('is final: a cancelled permit is not cancelled again', () => {
    spec.given([registered, cancelled]).when(cancel()).then(new PermitIsCancelled(PERMIT));
  });

  it('needs a registered permit and a reason', () => {
    spec.given([]).when(cancel()).then(new PermitNotFound(PERMIT));
    spec.given([registered]).when(cancel(measure(' '))).then(new BlankField('reason'));
  });
});
