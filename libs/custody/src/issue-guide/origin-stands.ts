import { DomainError } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { FacilityRegister } from '../scanning/origin-register/facility-register.js';
import { withinValidity } from '../scanning/origin-register/peru-time.js';
import type { PermitRegister, PermitStanding } from '../scanning/origin-register/permit-register.js';
import { facilityStandingAt, permitStandingAt } from '../scanning/scan-facts/origin-facts.js';

export class OriginPermitNotActive extends DomainError {
  constructor(guide: IssuedGuide, permitId: string, standing: PermitStanding, at: string) {
    super('conflict', 'permit_not_active', `Permit ${permitId} was ${standing.status} at ${at} (${standing.reason}, ${standing.authority}, since ${standing.at}): guide ${guide.number} cannot ship its timber`, {
      guideNumber: guide.number,
      permitId,
      at,
      standing,
    });
  }
}

export class OriginPlanNotValid extends DomainError {
  constructor(guide: IssuedGuide, planId: string, validity: { readonly from: string; readonly to: string }) {
    super('conflict', 'plan_not_valid', `Harvest plan ${planId} is valid from ${validity.from} to ${validity.to}, not at ${guide.issuedAt} when guide ${guide.number} is dated`, {
      guideNumber: guide.number,
      planId,
      validity,
      at: guide.issuedAt,
    });
  }
}

export class OriginProcessorNotAuthorised extends DomainError {
  constructor(guide: IssuedGuide, processorId: string, at: string) {
    super('conflict', 'processor_not_authorised', `Processor ${processorId} was not authorised at ${at}: guide ${guide.number} cannot ship its products`, { guideNumber: guide.number, processorId, at });
  }
}

/** What custody's registers know of the guide's origin; a register that has noted nothing of it yet is empty. */
export interface OriginRegisters {
  readonly permit?: PermitRegister;
  readonly facility?: FacilityRegister;
}

/**
 * A guide ships nothing from a permit that is not active or a processor not authorised, when it is dated or when it
 * is recorded, nor under a plan not valid on the day it is dated. What no register has heard of yet (an origin, a
 * standing in force then) is left to the scans, which judge it by the registers as they stand then.
 */
export function assertOriginStands(guide: IssuedGuide, registers: OriginRegisters, recordedAt: string): void {
  const moments = [guide.issuedAt, recordedAt];
  const { origin } = guide;
  if (origin.kind === 'permit') {
    const register = registers.permit;
    if (register === undefined) return;
    for (const at of moments) {
      const standing = permitStandingAt(register, at);
      if (standing && standing.status !== 'active') throw new OriginPermitNotActive(guide, origin.permitId, standing, at);
    }
    const plan = register.plans.find((noted) => noted.planId === origin.planId);
    if (plan && !withinValidity(Date.parse(guide.issuedAt), plan.validity.from, plan.validity.to)) throw new OriginPlanNotValid(guide, origin.planId, plan.validity);
    return;
  }
  const register = registers.facility;
  if (register === undefined) return;
  for (const at of moments) {
    const standing = facilityStandingAt(register, at);
    if (standing && (standing.standing !== 'authorised' || !withinValidity(Date.parse(at), standing.validity.from, standing.validity.until))) throw new OriginProcessorNotAuthorised(guide, origin.processorId, at);
  }
}
