import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import { fold } from '#shared-kernel';
import type { CaseCommand } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import { CaseNotFound, InvalidCaseStep, StepNotAllowed } from './case.errors.js';
import type { CaseEvent } from './case.events.js';
import { REPORTING_STATUSES, speciesDisputeOf } from './case.identification.js';
import type { CertifiedIdentifier, IdentificationReport } from './case.identification-report.js';

const spec = deciderSpec(caseDecider);
const CASE = 'CASE-1';
const CEDRO = 'Cedrela odorata';
const TORNILLO = 'Cedrelinga cateniformis';
const speciesCheck = { rule: 'SPECIES_MATCH', message: 'Carried but not declared on the guide: Cedrela odorata', expected: [TORNILLO], observed: { carried: [CEDRO], undeclared: [], notCarried: [TORNILLO] }, at: '2026-05-02T08:00:00-05:00' };
const opened: CaseEvent[] = [
  {
    type: 'CaseOpened',
    data: { caseId: CASE, authority: 'ARFFS-UCAYALI', source: { kind: 'scan', scanId: 'S-1', checkpoint: 'UC-CFB-K160', guideNumber: 'GTF-1' }, subject: { guideNumber: 'GTF-1' }, lots: ['LOT-1'], findings: [speciesCheck] },
  },
];
const IDENTIFIER: CertifiedIdentifier = { certificateNumber: 'EJEMPLO-IDM-0001', name: 'Ejemplo Identificadora Uno', certifyingBody: 'Ejemplo Entidad Certificadora', validFrom: '2026-01-01', validUntil: '2026-05-10' };

const identify = (changes: Partial<Extract<CaseCommand, { type: 'RecordIdentification' }>['data']> = {}): CaseCommand => ({
  type: 'RecordIdentification',
  data: { caseId: CASE, by: 'inspector-1', lot: 'LOT-1', piece: 'T-07', species: TORNILLO, certificateNumber: 'EJEMPLO-IDM-0001', identifier: IDENTIFIER, identifiedAt: '2026-05-10T18:30:00-05:00', at: '2026-05-11T09:00:00-05:00', ...changes },
});
const report = (changes: Partial<IdentificationReport> = {}): IdentificationReport => ({
  caseId: CASE,
  lot: 'LOT-1',
  piece: 'T-07',
  species: TORNILLO,
  certificateNumber: 'EJEMPLO-IDM-0001',
  identifier: IDENTIFIER,
  certificateValid: true,
  identifiedAt: '2026-05-10T18:30:00-05:00',
  reportedBy: 'inspector-1',
  at: '2026-05-11T09:00:00-05:00',
  ...changes,
});

describe('recording an identification report', () => {
  it('records which species the piece is, by whom, and that the certificate covered the day of the identification', () => {
    spec.given(opened).when(identify({ document: 'sha256:ab' })).then([{ type: 'IdentificationReported', data: report({ document: 'sha256:ab' }) }]);
  });

  it('judges the certificate by the Peru date of the identification, both ends of its validity included', () => {
    spec.given(opened).when(identify({ identifiedAt: '2026-01-01T00:00:00-05:00' })).then([{ type: 'IdentificationReported', data: report({ identifiedAt: '2026-01-01T00:00:00-05:00' }) }]);
    // 04:59 UTC on 1 January is still 31 December in Peru: the day before the certificate.
    spec.given(opened).when(identify({ identifiedAt: '2026-01-01T04:59:00Z' })).then([{ type: 'IdentificationReported', data: report({ identifiedAt: '2026-01-01T04:59:00Z', certificateValid: false }) }]);
    spec.given(opened).when(identify({ identifiedAt: '2026-05-11T04:59:00Z' })).then([{ type: 'IdentificationReported', data: report({ identifiedAt: '2026-05-11T04:59:00Z' }) }]);
    spec.given(opened).when(identify({ identifiedAt: '2026-05-11T05:00:00Z' })).then([{ type: 'IdentificationReported', data: report({ identifiedAt: '2026-05-11T05:00:00Z', certificateValid: false }) }]);
  });

  it('records a report by someone the register does not hold as evidence, marked as not validly certified', () => {
    spec.given(opened).when(identify({ certificateNumber: 'XYZ-1', identifier: undefined })).then([
      { type: 'IdentificationReported', data: (({ identifier: _, ...rest }) => rest)(report({ certificateNumber: 'XYZ-1', certificateValid: false })) },
    ]);
  });

  it('takes a piece without a lot, on a case at any stage before it is final', () => {
    const { lot: _, ...withoutLot } = report();
    spec.given(opened).when(identify({ lot: undefined })).then([{ type: 'IdentificationReported', data: withoutLot }]);
    expect(REPORTING_STATUSES).toEqual(['detected', 'charged', 'defence_submitted', 'instructed', 'final_report_notified', 'resolved', 'under_review']);
  });

  it('refuses a case never opened, a final case, a lot not of the case and an identification after the report is recorded', () => {
    spec.given([]).when(identify()).then(new CaseNotFound(CASE));
    const final = { ...fold(caseDecider, opened)!, status: 'final' as const };
    expect(() => caseDecider.decide(identify(), final)).toThrow(new StepNotAllowed(CASE, 'recording an identification report', 'final', REPORTING_STATUSES));
    spec.given(opened).when(identify({ lot: 'LOT-9' })).then(new InvalidCaseStep(CASE, 'lot', 'LOT-9 is not among the lots of the case (LOT-1)'));
    spec.given(opened).when(identify({ identifiedAt: '2026-05-11T09:00:01-05:00' })).then(new InvalidCaseStep(CASE, 'identifiedAt', 'is after the report is recorded (2026-05-11T09:00:00-05:00)'));
  });

  it('leaves the case where it stands', () => {
    const before = fold(caseDecider, opened);
    expect(fold(caseDecider, [...opened, { type: 'IdentificationReported', data: report() }])).toEqual(before);
  });
});

describe('the species dispute', () => {
  it('is none without a failed species check', () => {
    expect(speciesDisputeOf([{ rule: 'CORRIDOR', message: 'off the corridor', at: '2026-05-02T08:00:00-05:00' }], [report()])).toBeUndefined();
  });

  it('shows what the guide declares, what the scan saw, and what each report identified, settled once a validly certified identifier reports', () => {
    const uncertified = report({ species: CEDRO, certificateNumber: 'XYZ-1', identifier: undefined, certificateValid: false });
    expect(speciesDisputeOf([speciesCheck], [uncertified])).toEqual({
      scans: [{ at: speciesCheck.at, declared: [TORNILLO], observed: [CEDRO] }],
      identifications: [{ ...uncertified, bearsOut: 'observed' }],
      settled: false,
    });
    const certified = report({ species: 'cedrelinga CATENIFORMIS' });
    const other = report({ species: 'Swietenia macrophylla', certificateValid: false });
    expect(speciesDisputeOf([speciesCheck], [uncertified, certified, other])).toMatchObject({
      identifications: [{ bearsOut: 'observed' }, { bearsOut: 'declared' }, { bearsOut: 'neither' }],
      settled: true,
    });
  });

  it('reads an inspector\'s plain list of species seen, and ignores what is not a species name', () => {
    const inspected = { rule: 'SPECIES_MATCH', message: 'cedro', expected: [TORNILLO, 7], observed: [CEDRO], at: '2026-05-03T08:00:00-05:00' };
    expect(speciesDisputeOf([inspected], [])).toEqual({ scans: [{ at: inspected.at, declared: [TORNILLO], observed: [CEDRO] }], identifications: [], settled: false });
  });
});
