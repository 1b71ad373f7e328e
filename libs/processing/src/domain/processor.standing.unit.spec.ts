import { describe, expect, it } from '@jest/globals';
import { fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { RegisterProcessor, ReinstateProcessor, SuspendProcessor } from './processor.commands.js';
import { processorDecider } from './processor.decider.js';
import {
  InvalidInstant,
  InvalidValidity,
  ProcessorAlreadyRegistered,
  ProcessorAlreadySuspended,
  ProcessorNotFound,
  ProcessorNotSuspended,
  StandingChangeOutOfOrder,
} from './processor.errors.js';
import { registered, registration, reinstated, SAWMILL, suspended } from './processor.fixtures.spec.js';

const spec = deciderSpec(processorDecider);

const register = (validity = { from: '2026-01-01', until: '2026-12-31' }): RegisterProcessor => ({
  type: 'RegisterProcessor',
  data: { ...registration, validity },
});
const suspend = (at = '2026-06-01'): SuspendProcessor => ({
  type: 'SuspendProcessor',
  data: { reason: 'operations book not kept up to date', authority: 'ARFFS-UCAYALI', at },
});
const reinstate = (at = '2026-06-15'): ReinstateProcessor => ({ type: 'ReinstateProcessor', data: { reason: 'books brought up to date', authority: 'ARFFS-UCAYALI', at } });

describe('registering a processor', () => {
  it('records its authorisation', () => {
    spec.given([]).when(register()).then([registered]);
  });

  it('accepts an authorisation of a single day', () => {
    spec.given([]).when(register({ from: '2026-01-01', until: '2026-01-01' })).then([{ type: 'ProcessorRegistered', data: { ...registration, validity: { from: '2026-01-01', until: '2026-01-01' } } }]);
  });

  it('registers a facility once', () => {
    spec.given([registered]).when(register()).then(new ProcessorAlreadyRegistered(SAWMILL));
  });

  it('refuses a validity that ends before it starts, or that is not a date', () => {
    spec.given([]).when(register({ from: '2026-01-01', until: '2025-12-31' })).then(new InvalidValidity({ from: '2026-01-01', until: '2025-12-31' }));
    spec.given([]).when(register({ from: '2026-02-30', until: '2026-12-31' })).then(new InvalidInstant('validity.from', '2026-02-30'));
    spec.given([]).when(register({ from: '2026-01-01', until: 'end of year' })).then(new InvalidInstant('validity.until', 'end of year'));
  });
});

describe('suspending a processor', () => {
  it('records the suspension', () => {
    spec.given([registered]).when(suspend()).then([suspended()]);
  });

  it('repeats the holder, kind and validity, so the change can be published on its own', () => {
    const [event] = processorDecider.decide(suspend(), fold(processorDecider, [registered]));
    expect(event?.data).toMatchObject({ facilityId: SAWMILL, holderTaxId: registration.holderTaxId, kind: 'sawmill', validity: registration.validity });
  });

  it('suspends again after a reinstatement', () => {
    spec.given([registered, suspended(), reinstated()]).when(suspend('2026-07-01')).then([suspended('2026-07-01')]);
  });

  it('refuses a processor already suspended', () => {
    spec.given([registered, suspended()]).when(suspend('2026-06-05')).then(new ProcessorAlreadySuspended(SAWMILL, '2026-06-01'));
  });

  it('refuses a suspension before the last reinstatement', () => {
    spec.given([registered, suspended(), reinstated()]).when(suspend('2026-06-10')).then(new StandingChangeOutOfOrder(SAWMILL, '2026-06-10', '2026-06-15'));
  });

  it('refuses an unregistered processor', () => {
    spec.given([]).when(suspend()).then(new ProcessorNotFound());
  });
});

describe('reinstating a processor', () => {
  it('ends the suspension', () => {
    spec.given([registered, suspended()]).when(reinstate()).then([reinstated()]);
  });

  it('refuses a processor that is not suspended', () => {
    spec.given([registered]).when(reinstate()).then(new ProcessorNotSuspended(SAWMILL));
    spec.given([registered, suspended(), reinstated()]).when(reinstate('2026-06-20')).then(new ProcessorNotSuspended(SAWMILL));
  });

  it('refuses a reinstatement before the suspension began', () => {
    spec.given([registered, suspended()]).when(reinstate('2026-05-31')).then(new StandingChangeOutOfOrder(SAWMILL, '2026-05-31', '2026-06-01'));
  });

  it('refuses an unregistered processor, or a time that is not one', () => {
    spec.given([]).when(reinstate()).then(new ProcessorNotFound());
    spec.given([registered, suspended()]).when(reinstate('yesterday')).then(new InvalidInstant('at', 'yesterday'));
  });
});
