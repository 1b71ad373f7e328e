import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { CitesPermitEvent, CitesPermitTerms } from './cites-permit.js';
import { citesPermitDecider } from './cites-permit.decider.js';
import { CitesPermitAlreadyRegistered, CitesPermitNotFound, InvalidCitesPermit } from './cites-permit.errors.js';

const spec = deciderSpec(citesPermitDecider);
const terms: CitesPermitTerms = {
  number: '003456-SERFOR-2026',
  scientificName: 'Cedrela odorata',
  appendix: 'II',
  volume: cubicMetres(30),
  holderTaxId: '20600000014',
  validFrom: '2026-05-01T00:00:00-05:00',
  validUntil: '2026-10-31T23:59:59-05:00',
};
const registered: CitesPermitEvent = { type: 'CitesPermitRegistered', data: terms };
const revocation = { number: terms.number, reason: 'Granted on a forged harvest record', at: '2026-06-01T10:00:00-05:00' };
const revoked: CitesPermitEvent = { type: 'CitesPermitRevoked', data: revocation };

describe('a CITES permit', () => {
  it('is registered once; the same terms again record nothing, other terms are a conflict', () => {
    spec.given([]).when({ type: 'RegisterCitesPermit', data: terms }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterCitesPermit', data: terms }).then([]);
    spec.given([registered]).when({ type: 'RegisterCitesPermit', data: { ...terms, volume: cubicMetres(40) } }).then(new CitesPermitAlreadyRegistered(terms));
  });

  it('refuses a validity that ends before it starts, or that is not two instants, and a volume not above 0', () => {
    spec.given([]).when({ type: 'RegisterCitesPermit', data: { ...terms, validUntil: terms.validFrom } }).then(new InvalidCitesPermit(terms.number, 'validUntil', 'validUntil must be after validFrom'));
    spec.given([]).when({ type: 'RegisterCitesPermit', data: { ...terms, validFrom: '2026-05-01' } }).then(new InvalidCitesPermit(terms.number, 'validFrom', 'the validity must be two instants'));
    spec.given([]).when({ type: 'RegisterCitesPermit', data: { ...terms, volume: cubicMetres(0) } }).then(new InvalidCitesPermit(terms.number, 'volume.value', 'the volume must be above 0'));
  });

  it('is revoked once, and only when registered', () => {
    spec.given([registered]).when({ type: 'RevokeCitesPermit', data: revocation }).then([revoked]);
    spec.given([registered, revoked]).when({ type: 'RevokeCitesPermit', data: { ...revocation, at: '2026-06-02T10:00:00-05:00' } }).then([]);
    spec.given([]).when({ type: 'RevokeCitesPermit', data: revocation }).then(new CitesPermitNotFound(terms.number));
  });
});
