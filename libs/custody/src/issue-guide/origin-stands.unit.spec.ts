import { describe, expect, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import { guide, ISSUED_AT, ORIGIN, PERMIT } from '../domain/guide.fixtures.spec.js';
import type { FacilityRegister, FacilityStanding } from '../scanning/origin-register/facility-register.js';
import type { PermitRegister, PermitStanding } from '../scanning/origin-register/permit-register.js';
import { assertOriginStands, OriginPermitNotActive, OriginPlanNotValid, OriginProcessorNotAuthorised } from './origin-stands.js';

const RECORDED_AT = '2026-05-02T07:00:00-05:00';
const registered: PermitStanding = { status: 'active', reason: 'registered', authority: 'ARFFS-UCAYALI', at: '2026-01-01' };
const plan = { planId: 'POA-6', validity: { from: '2026-03-01', to: '2026-12-31' }, species: [{ species: 'Cedrelinga cateniformis', authorised: cubicMetres(500) }] };
const permit = (...standings: PermitStanding[]): PermitRegister => ({ standings: [registered, ...standings], plans: [plan] });
const cancelled = (at: string): PermitStanding => ({ status: 'cancelled', reason: 'caducidad', authority: 'OSINFOR', at });

const SAWMILL = 'CTP-PUC-007';
const fromSawmill: IssuedGuide = { ...guide, origin: { kind: 'processor', processorId: SAWMILL, position: ORIGIN } };
const authorised: FacilityStanding = { holderTaxId: '20600000007', kind: 'sawmill', standing: 'authorised', validity: { from: '2026-01-01', until: '2026-12-31' }, authority: 'ARFFS-UCAYALI', at: '2026-01-01' };
const facility = (...standings: FacilityStanding[]): FacilityRegister => ({ standings: [authorised, ...standings], transformations: [] });

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('a guide from a permit', () => {
  it('stands while the permit is active and its plan valid on the day the guide is dated', () => {
    expect(refusal(() => assertOriginStands(guide, { permit: permit() }, RECORDED_AT))).toBeUndefined();
  });

  it('is refused when the permit was cancelled or suspended by the time it is dated', () => {
    const caducidad = cancelled('2026-04-15');
    expect(refusal(() => assertOriginStands(guide, { permit: permit(caducidad) }, RECORDED_AT))).toEqual(new OriginPermitNotActive(guide, PERMIT, caducidad, ISSUED_AT));
    const suspension: PermitStanding = { status: 'suspended', reason: 'inspection pending', authority: 'OSINFOR', at: '2026-05-01T12:00:00-05:00' };
    expect(refusal(() => assertOriginStands(guide, { permit: permit(suspension) }, RECORDED_AT))).toEqual(new OriginPermitNotActive(guide, PERMIT, suspension, ISSUED_AT));
  });

  it('is refused when the permit was cancelled after the guide is dated but before it is recorded', () => {
    const caducidad = cancelled('2026-05-02T06:30:00-05:00');
    expect(refusal(() => assertOriginStands(guide, { permit: permit(caducidad) }, RECORDED_AT))).toEqual(new OriginPermitNotActive(guide, PERMIT, caducidad, RECORDED_AT));
  });

  it('stands again once the permit was reinstated before the guide', () => {
    const reinstated: PermitStanding = { status: 'active', reason: 'reinstated', authority: 'OSINFOR', at: '2026-04-20' };
    expect(refusal(() => assertOriginStands(guide, { permit: permit({ ...cancelled('2026-04-15'), status: 'suspended' }, reinstated) }, RECORDED_AT))).toBeUndefined();
  });

  it('is refused under a plan whose validity ended before the guide is dated, or had not begun', () => {
    const expired = { ...plan, validity: { from: '2025-03-01', to: '2026-05-01' } };
    expect(refusal(() => assertOriginStands(guide, { permit: { standings: [registered], plans: [expired] } }, RECORDED_AT))).toEqual(new OriginPlanNotValid(guide, 'POA-6', expired.validity));
    const later = { ...plan, validity: { from: '2026-05-03', to: '2026-12-31' } };
    expect(refusal(() => assertOriginStands(guide, { permit: { standings: [registered], plans: [later] } }, RECORDED_AT))).toEqual(new OriginPlanNotValid(guide, 'POA-6', later.validity));
  });

  it('stands on the last day of its plan, a date covering the whole day', () => {
    const lastDay = { ...plan, validity: { from: '2026-03-01', to: '2026-05-02' } };
    expect(refusal(() => assertOriginStands(guide, { permit: { standings: [registered], plans: [lastDay] } }, RECORDED_AT))).toBeUndefined();
  });

  it('is left to the scans while no register knows the permit, its standing then, or its plan', () => {
    expect(refusal(() => assertOriginStands(guide, { permit: { standings: [], plans: [] } }, RECORDED_AT))).toBeUndefined();
    expect(refusal(() => assertOriginStands(guide, { permit: { standings: [{ ...registered, at: '2026-06-01' }], plans: [] } }, RECORDED_AT))).toBeUndefined();
  });
});

describe('a guide from a processor', () => {
  it('stands while the processor is authorised', () => {
    expect(refusal(() => assertOriginStands(fromSawmill, { facility: facility() }, RECORDED_AT))).toBeUndefined();
  });

  it('is refused while the processor is suspended, or outside its authorisation', () => {
    const suspended: FacilityStanding = { ...authorised, standing: 'suspended', at: '2026-04-01' };
    expect(refusal(() => assertOriginStands(fromSawmill, { facility: facility(suspended) }, RECORDED_AT))).toEqual(new OriginProcessorNotAuthorised(fromSawmill, SAWMILL, ISSUED_AT));
    const lapsed: FacilityStanding = { ...authorised, validity: { from: '2025-01-01', until: '2026-04-30' } };
    expect(refusal(() => assertOriginStands(fromSawmill, { facility: { standings: [lapsed], transformations: [] } }, RECORDED_AT))).toEqual(new OriginProcessorNotAuthorised(fromSawmill, SAWMILL, ISSUED_AT));
  });

  it('is left to the scans while no register knows the processor', () => {
    expect(refusal(() => assertOriginStands(fromSawmill, { facility: { standings: [], transformations: [] } }, RECORDED_AT))).toBeUndefined();
  });
});
