import { DomainError } from '#shared-kernel';
import type { CitesPermitTerms } from '../domain/cites-permit.js';
import type { IssuedGuide } from '../domain/guide.js';

export class CitesPermitNotHeld extends DomainError {
  constructor(permit: CitesPermitTerms, guide: IssuedGuide) {
    super('conflict', 'cites_permit_not_held', `CITES permit ${permit.number} is held by ${permit.holderTaxId}, who is not the holder, owner or consignee of guide ${guide.number}`, {
      number: permit.number,
      holderTaxId: permit.holderTaxId,
    });
  }
}

/** A guide relies only on CITES permits held by one of its parties: another's permit covers none of this timber. */
export function assertHeldByParty(guide: IssuedGuide, permit: CitesPermitTerms): void {
  if ([guide.holderTaxId, guide.ownerTaxId, guide.consignee.taxId].includes(permit.holderTaxId)) return;
  throw new CitesPermitNotHeld(permit, guide);
}
