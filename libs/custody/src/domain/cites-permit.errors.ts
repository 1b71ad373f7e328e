import { DomainError } from '#shared-kernel';
import type { CitesPermitTerms } from './cites-permit.js';

export class CitesPermitNotFound extends DomainError {
  constructor(number: string) {
    super('not_found', 'cites_permit_not_found', `No CITES permit ${number} is registered`, { number });
  }
}

/** A number names one permit: registering it again with other terms is a conflict, not a correction. */
export class CitesPermitAlreadyRegistered extends DomainError {
  constructor(registered: CitesPermitTerms) {
    super('conflict', 'cites_permit_already_registered', `CITES permit ${registered.number} is already registered with other terms`, { registered });
  }
}

export class InvalidCitesPermit extends DomainError {
  constructor(number: string, path: string, message: string) {
    super('invalid', 'invalid_cites_permit', `CITES permit ${number}: ${message}`, { number, path });
  }
}
