import { DomainError } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { FacilityRegister } from '../scanning/origin-register/facility-register.js';
import { withinValidity } from '../scanning/origin-register/peru-time.js';
import { destinationFacts, facilityStandingAt } from '../scanning/scan-facts/origin-facts.js';

export class DestinationNotAuthorised extends DomainError {
  constructor(guide: IssuedGuide, at: string) {
    const { facilityId } = guide.destination;
    super('conflict', 'destination_not_authorised', `Facility ${facilityId} was not authorised to receive timber at ${at}: guide ${guide.number} cannot ship to it`, { guideNumber: guide.number, facilityId, at });
  }
}

export class DestinationNotConsignee extends DomainError {
  constructor(guide: IssuedGuide, registered: { readonly kind: string; readonly holderTaxId: string }) {
    const { facilityId } = guide.destination;
    super('conflict', 'destination_not_consignee', `Facility ${facilityId} is registered as a ${registered.kind} of ${registered.holderTaxId}, not the ${guide.consignee.kind} of ${guide.consignee.taxId} the guide consigns to`, {
      guideNumber: guide.number,
      facilityId,
      registered,
      consignee: guide.consignee,
    });
  }
}

/**
 * A guide ships to a facility authorised to receive when it is dated and when it is recorded, registered as the
 * consignee it names. A facility no register has heard of yet is left to the scans, as an origin is.
 */
export function assertDestinationStands(guide: IssuedGuide, register: FacilityRegister, recordedAt: string): void {
  const registered = destinationFacts(register, guide.destination.facilityId, guide.issuedAt);
  if (registered === undefined) return;
  for (const at of [guide.issuedAt, recordedAt]) {
    const standing = facilityStandingAt(register, at);
    if (!standing || standing.standing !== 'authorised' || !withinValidity(Date.parse(at), standing.validity.from, standing.validity.until)) throw new DestinationNotAuthorised(guide, at);
  }
  if (registered.kind !== guide.consignee.kind || registered.holderTaxId !== guide.consignee.taxId) throw new DestinationNotConsignee(guide, registered);
}
