import { describe, expect, it } from '@jest/globals';
import { type CertifiedIdentifierEntry, findCertifiedIdentifier } from './certified-identifier-entry.js';
import { publishes, refusesEntries } from './reference-version.fixtures.spec.js';

const identifier = (certificateNumber: string, validFrom = '2025-01-01', validUntil = '2027-12-31'): CertifiedIdentifierEntry => ({
  certificateNumber,
  name: 'Ejemplo Identificadora Uno',
  certifyingBody: 'SERFOR',
  validFrom,
  validUntil,
});

describe('certified identifier entries', () => {
  it('are published with a certificate number, a name, a certifying body and a validity of one day or more', () => {
    publishes('certified-identifiers', [identifier('IDM-0001'), { ...identifier('IDM-0002', '2026-03-01', '2026-03-01'), status: 'confirm', note: 'example' }]);
  });

  it('refuse a certificate number twice whatever its case, blank fields, dates that are no calendar day and a validity ending before it starts', () => {
    const entries = [
      identifier('IDM-0001'),
      identifier(' idm-0001 '),
      { ...identifier(' '), name: '', certifyingBody: ' ' },
      identifier('IDM-0003', '2025-02-30', '2026-01-01T00:00'),
      identifier('IDM-0004', '2026-01-02', '2026-01-01'),
    ];
    refusesEntries('certified-identifiers', entries, [
      { path: 'entries.2.certificateNumber', messages: ['certificateNumber must not be blank'] },
      { path: 'entries.2.name', messages: ['name must not be blank'] },
      { path: 'entries.2.certifyingBody', messages: ['certifyingBody must not be blank'] },
      { path: 'entries.3.validFrom', messages: ['validFrom must be a calendar date written YYYY-MM-DD'] },
      { path: 'entries.3.validUntil', messages: ['validUntil must be a calendar date written YYYY-MM-DD'] },
      { path: 'entries.4.validUntil', messages: ['validUntil must not be before validFrom'] },
      { path: 'entries.1.certificateNumber', messages: ['certificateNumber repeats entries.0'] },
    ]);
  });

  it('are found by certificate number whatever its case and surrounding spaces, valid or not: the caller judges the day', () => {
    const expired = identifier('IDM-0009', '2020-01-01', '2020-12-31');
    expect(findCertifiedIdentifier([identifier('IDM-0001'), expired], '  idm-0009 ')).toBe(expired);
    expect(findCertifiedIdentifier([expired], 'IDM-0001')).toBeUndefined();
  });
});
