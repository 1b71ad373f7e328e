import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import { type CertificateCommand, certificateDecider, type CertificateEvent, CertificateIdTaken, CertificateNotFound, type Trigger } from './certificate.js';
import type { Finding } from './lineage-assessment.js';

const spec = deciderSpec(certificateDecider);
const ID = 'CERT-1';
const PRODUCT = 'S-1';
const EXPORTER = '20555666777';
const ISSUED_AT = '2026-06-01T10:00:00-05:00';
const LATER = '2026-06-20T09:00:00-05:00';

const signed = { digest: 'c0ffee'.padEnd(64, '0'), keyId: 'key-1' };
const lineageUpTo = { commit: '812', prepare: '40211' };

const held: Finding = { lotId: 'L-1', check: 'hold', code: 'lot_held', severity: 'pending', message: 'Lot L-1 is immobilised', ref: 'EXP-14' };
const caseOpen: Finding = { lotId: 'L-2', check: 'case', code: 'case_open', severity: 'pending', message: 'Case CASE-7 is open', ref: 'CASE-7' };
const confiscated: Finding = { lotId: 'L-1', check: 'confiscation', code: 'lot_confiscated', severity: 'final', message: 'Lot L-1 was confiscated', ref: 'EXP-14' };
const trigger: Trigger = { fact: 'LotImmobilised', subject: 'certificates-facts-lot-L-1', at: LATER };

const request = (findings: readonly Finding[], fields: { productLotId?: string; exporterTaxId?: string } = {}): CertificateCommand => ({
  type: 'RequestCertificate',
  data: { certificateId: ID, productLotId: fields.productLotId ?? PRODUCT, exporterTaxId: fields.exporterTaxId ?? EXPORTER, findings, ...(findings.length === 0 ? { signed } : {}), lineageUpTo, at: ISSUED_AT },
});
const reassess = (findings: readonly Finding[], certificateId = ID): CertificateCommand => ({ type: 'ReassessCertificate', data: { certificateId, findings, trigger, at: LATER } });

const issued: CertificateEvent = { type: 'CertificateIssued', data: { certificateId: ID, productLotId: PRODUCT, exporterTaxId: EXPORTER, ...signed, lineageUpTo, at: ISSUED_AT } };
const refused: CertificateEvent = { type: 'CertificateRefused', data: { certificateId: ID, productLotId: PRODUCT, exporterTaxId: EXPORTER, findings: [caseOpen], at: ISSUED_AT } };
const suspended = (findings: readonly Finding[] = [held]): CertificateEvent => ({ type: 'CertificateSuspended', data: { certificateId: ID, findings, trigger, at: LATER } });
const reinstated: CertificateEvent = { type: 'CertificateReinstated', data: { certificateId: ID, trigger, at: LATER } };
const revoked = (findings: readonly Finding[] = [confiscated]): CertificateEvent => ({ type: 'CertificateRevoked', data: { certificateId: ID, findings, trigger, at: LATER } });

describe('asking for a certificate', () => {
  it('issues it, signed, when the lineage has no finding', () => {
    spec.given([]).when(request([])).then([issued]);
  });

  it('refuses it, naming the findings, when the lineage has any', () => {
    spec.given([]).when(request([caseOpen])).then([refused]);
  });

  it('refuses it when nothing was signed, though nothing was found', () => {
    const unsigned: CertificateCommand = { type: 'RequestCertificate', data: { certificateId: ID, productLotId: PRODUCT, exporterTaxId: EXPORTER, findings: [], lineageUpTo, at: ISSUED_AT } };
    spec.given([]).when(unsigned).then([{ type: 'CertificateRefused', data: { certificateId: ID, productLotId: PRODUCT, exporterTaxId: EXPORTER, findings: [], at: ISSUED_AT } }]);
  });

  it('records nothing when the same certificate is asked again for the same lot and exporter, whatever it answered', () => {
    spec.given([issued]).when(request([])).then([]);
    spec.given([issued]).when(request([caseOpen])).then([]);
    spec.given([refused]).when(request([])).then([]);
  });

  it('refuses the id for another lot or another exporter', () => {
    spec.given([issued]).when(request([], { productLotId: 'S-2' })).then(new CertificateIdTaken(ID));
    spec.given([refused]).when(request([], { exporterTaxId: '20999888777' })).then(new CertificateIdTaken(ID));
  });
});

describe('judging a certificate again', () => {
  it('suspends a valid certificate on a pending finding', () => {
    spec.given([issued]).when(reassess([held])).then([suspended([held])]);
  });

  it('leaves a valid certificate alone when nothing is found', () => {
    spec.given([issued]).when(reassess([])).then([]);
  });

  it('records nothing when a suspended certificate is found with the same findings, in any order', () => {
    spec.given([issued, suspended([held, caseOpen])]).when(reassess([caseOpen, held])).then([]);
  });

  it('suspends it anew when the pending findings changed', () => {
    spec.given([issued, suspended([held])]).when(reassess([held, caseOpen])).then([suspended([held, caseOpen])]);
    spec.given([issued, suspended([held])]).when(reassess([caseOpen])).then([suspended([caseOpen])]);
  });

  it('reinstates a suspended certificate once nothing is pending', () => {
    spec.given([issued, suspended()]).when(reassess([])).then([reinstated]);
  });

  it('suspends a reinstated certificate again on a new pending finding', () => {
    spec.given([issued, suspended(), reinstated]).when(reassess([caseOpen])).then([suspended([caseOpen])]);
  });

  it('revokes a valid or a suspended certificate on any final finding', () => {
    spec.given([issued]).when(reassess([confiscated])).then([revoked([confiscated])]);
    spec.given([issued, suspended()]).when(reassess([held, confiscated])).then([revoked([held, confiscated])]);
    spec.given([issued, suspended(), reinstated]).when(reassess([confiscated])).then([revoked([confiscated])]);
  });

  it('never changes a revoked certificate again', () => {
    for (const findings of [[], [held], [confiscated]]) spec.given([issued, revoked()]).when(reassess(findings)).then([]);
    spec.given([issued, revoked()]).when(request([])).then([]);
  });

  it('knows no certificate that was refused or never asked for', () => {
    spec.given([refused]).when(reassess([])).then(new CertificateNotFound(ID));
    spec.given([]).when(reassess([held], 'CERT-404')).then(new CertificateNotFound('CERT-404'));
  });
});

describe('the state a certificate is in', () => {
  it('follows its events', () => {
    const fold = (events: readonly CertificateEvent[]) => events.reduce(certificateDecider.evolve, certificateDecider.initialState);
    expect(fold([issued])).toMatchObject({ status: 'valid', since: ISSUED_AT, findings: [], issued: issued.data });
    expect(fold([refused])).toMatchObject({ status: 'refused', findings: [caseOpen] });
    expect(fold([issued, suspended()])).toMatchObject({ status: 'suspended', since: LATER, findings: [held], issued: issued.data });
    expect(fold([issued, suspended(), reinstated])).toMatchObject({ status: 'valid', findings: [] });
    expect(fold([issued, revoked()])).toMatchObject({ status: 'revoked', findings: [confiscated] });
  });

  it('is judged alike when issued with its JWS, as recorded before the signed document had a stream of its own', () => {
    const withJws: CertificateEvent = { type: 'CertificateIssued', data: { certificateId: ID, productLotId: PRODUCT, exporterTaxId: EXPORTER, jws: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln', keyId: 'key-1', at: ISSUED_AT } };
    spec.given([withJws]).when(reassess([held])).then([suspended()]);
    spec.given([withJws]).when(request([])).then([]);
  });
});
