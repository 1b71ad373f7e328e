import { describe, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import type { CaseCommand } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import { CaseNotFound, InvalidCaseStep, NotTheAccused, SeparationOfDuties, StepNotAllowed } from './case.errors.js';
import type { CaseEvent } from './case.events.js';

const spec = deciderSpec(caseDecider);
const CASE = 'CASE-1';
const HOLDER = '20123456789';
const source = { kind: 'scan', scanId: 'S-1', checkpoint: 'PCF-ALEXANDER-VON-HUMBOLDT', guideNumber: 'GTF-1' } as const;
const finding = { rule: 'SPECIES_MATCH', message: 'cedro under a guide for tornillo', at: '2026-05-02T08:00:00-05:00' };

const flag = (findings = [finding]): CaseCommand => ({
  type: 'RecordFindings',
  data: { caseId: CASE, authority: 'ARFFS-UCAYALI', source, subject: { holderTaxId: HOLDER, guideNumber: 'GTF-1' }, lots: ['LOT-1'], findings },
});
const UNDECLARED = {
  code: 'INF-2021-02',
  conduct: 'Products, volume or species not declared on the guide',
  legalReference: 'DS 007-2021-MIDAGRI, Anexo 1',
  class: 'muy_grave',
  fineUit: { min: '10', max: '5000' },
  measures: ['confiscation'],
} as const;
const charge = (by = 'instructor-1', at = '2026-05-04T10:00:00-05:00'): CaseCommand => ({
  type: 'NotifyCharges',
  data: { caseId: CASE, by, accusedTaxId: HOLDER, conducts: [UNDECLARED], facts: 'cedro not declared', at, defenceDue: '2026-05-11' },
});
const defend = (by = HOLDER, at = '2026-05-08T10:00:00-05:00'): CaseCommand => ({ type: 'SubmitDefence', data: { caseId: CASE, by, statement: 'the cedro is ours', documents: ['sha256:aa'], at } });
const instruct = (by = 'instructor-1', at = '2026-05-12T10:00:00-05:00'): CaseCommand => ({ type: 'IssueInstructionReport', data: { caseId: CASE, by, recommendation: 'sanction', reasoning: 'undeclared', at } });
const finalReport = (by = 'instructor-1'): CaseCommand => ({ type: 'NotifyFinalReport', data: { caseId: CASE, by, at: '2026-05-13T10:00:00-05:00', defenceDue: '2026-05-20' } });
const resolve = (by = 'director-1', outcome: 'sanction' | 'dismissal' = 'sanction'): CaseCommand => ({
  type: 'ResolveCase',
  data: { caseId: CASE, by, outcome, reasoning: 'proven', measures: outcome === 'sanction' ? ['confiscation'] : [], lotsConfiscated: outcome === 'sanction' ? ['LOT-1'] : [], at: '2026-05-25T10:00:00-05:00', reviewDue: '2026-06-15' },
});
const appeal = (by = HOLDER, at = '2026-06-01T10:00:00-05:00', kind: 'appeal' | 'reconsideration' = 'appeal'): CaseCommand => ({
  type: 'RequestReview',
  data: { caseId: CASE, by, kind, grounds: 'species misidentified', at, reviewingBody: 'ARFFS-UCAYALI' },
});
const decide = (by = 'tribunal-1', upheld = true): CaseCommand => ({ type: 'DecideReview', data: { caseId: CASE, by, body: 'ARFFS-UCAYALI', upheld, reasoning: 'reviewed', at: '2026-06-20T10:00:00-05:00' } });

/** The events a command records on the given history, for building longer histories. */
function after(history: readonly CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] {
  return commands.reduce<CaseEvent[]>((events, command) => [...events, ...caseDecider.decide(command, events.reduce(caseDecider.evolve, caseDecider.initialState))], [...history]);
}

const opened = after([], flag());
const charged = after(opened, charge());
const defended = after(charged, defend());
const instructed = after(defended, instruct());
const reported = after(instructed, finalReport());
const resolved = after(reported, resolve());
const appealed = after(resolved, appeal());

describe('opening a case from a flag', () => {
  it('opens it with the findings, the lots and the authority', () => {
    spec.given([]).when(flag()).then([{ type: 'CaseOpened', data: { caseId: CASE, authority: 'ARFFS-UCAYALI', source, subject: { holderTaxId: HOLDER, guideNumber: 'GTF-1' }, lots: ['LOT-1'], findings: [finding] } }]);
  });
  it('adds the findings of a second flag to the open case', () => {
    spec.given(charged).when(flag()).then([{ type: 'FindingsAdded', data: { caseId: CASE, source, findings: [finding], lots: ['LOT-1'] } }]);
  });
  it('refuses a flag without findings', () => {
    spec.given([]).when(flag([])).then(new InvalidCaseStep(CASE, 'findings', 'must hold at least one finding'));
  });
});

describe('the procedure, step by step', () => {
  it('notifies charges on a detected case', () => {
    spec.given(opened).when(charge()).then([
      { type: 'ChargesNotified', data: { caseId: CASE, instructor: 'instructor-1', accusedTaxId: HOLDER, conducts: [UNDECLARED], facts: 'cedro not declared', notifiedAt: '2026-05-04T10:00:00-05:00', defenceDue: '2026-05-11' } },
    ]);
  });
  it('refuses charges on a case never opened, or already charged', () => {
    spec.given([]).when(charge()).then(new CaseNotFound(CASE));
    spec.given(charged).when(charge()).then(new StepNotAllowed(CASE, 'notifying charges', 'charged', ['detected']));
  });
  it('takes the defence of the accused only, once per round', () => {
    spec.given(charged).when(defend()).then([{ type: 'DefenceSubmitted', data: { caseId: CASE, round: 1, submittedBy: HOLDER, statement: 'the cedro is ours', documents: ['sha256:aa'], at: '2026-05-08T10:00:00-05:00' } }]);
    spec.given(charged).when(defend('20999999999')).then(new NotTheAccused(CASE, '20999999999'));
    spec.given(defended).when(defend()).then(new StepNotAllowed(CASE, 'submitting a defence', 'defence_submitted', ['charged', 'final_report_notified']));
  });
  it('takes a second defence after the final report', () => {
    spec.given(reported).when(defend(HOLDER, '2026-05-15T10:00:00-05:00')).then([
      { type: 'DefenceSubmitted', data: { caseId: CASE, round: 2, submittedBy: HOLDER, statement: 'the cedro is ours', documents: ['sha256:aa'], at: '2026-05-15T10:00:00-05:00' } },
    ]);
  });
  it('instructs after the defence, or once its time ran out without one, by the instructor only', () => {
    spec.given(defended).when(instruct()).then([{ type: 'InstructionReportIssued', data: { caseId: CASE, instructor: 'instructor-1', recommendation: 'sanction', reasoning: 'undeclared', at: '2026-05-12T10:00:00-05:00' } }]);
    spec.given(charged).when(instruct('instructor-1', '2026-05-11T18:00:00-05:00')).then(new InvalidCaseStep(CASE, 'at', 'falls within the defence period (until 2026-05-11) and no defence was submitted'));
    spec.given(charged).when(instruct('instructor-1', '2026-05-12T09:00:00-05:00')).then([{ type: 'InstructionReportIssued', data: { caseId: CASE, instructor: 'instructor-1', recommendation: 'sanction', reasoning: 'undeclared', at: '2026-05-12T09:00:00-05:00' } }]);
    spec.given(defended).when(instruct('someone-else')).then(new SeparationOfDuties(CASE, 'someone-else', 'is not the instructor (instructor-1)', 'issue the instruction report'));
  });
  it('notifies the final report, by the instructor', () => {
    spec.given(instructed).when(finalReport()).then([{ type: 'FinalReportNotified', data: { caseId: CASE, instructor: 'instructor-1', notifiedAt: '2026-05-13T10:00:00-05:00', defenceDue: '2026-05-20' } }]);
    spec.given(defended).when(finalReport()).then(new StepNotAllowed(CASE, 'notifying the final report', 'defence_submitted', ['instructed']));
  });
  it('is resolved by another officer than the instructor', () => {
    spec.given(reported).when(resolve('instructor-1')).then(new SeparationOfDuties(CASE, 'instructor-1', 'instructed it', 'resolve it'));
    spec.given(reported).when(resolve()).then([
      { type: 'CaseResolved', data: { caseId: CASE, decidedBy: 'director-1', outcome: 'sanction', reasoning: 'proven', measures: ['confiscation'], lotsConfiscated: ['LOT-1'], at: '2026-05-25T10:00:00-05:00', reviewDue: '2026-06-15' } },
    ]);
    spec.given(instructed).when(resolve()).then(new StepNotAllowed(CASE, 'resolving', 'instructed', ['final_report_notified']));
  });
  it('keeps a sanction within the charges: only their measures', () => {
    const sanction = (measures: string[]): CaseCommand => ({ type: 'ResolveCase', data: { caseId: CASE, by: 'director-1', outcome: 'sanction', reasoning: 'x', measures, lotsConfiscated: [], disqualification: { from: '2026-06-01', until: '2027-05-31' }, at: '2026-05-25T10:00:00-05:00', reviewDue: '2026-06-15' } });
    spec.given(reported).when(sanction(['disqualification'])).then(new InvalidCaseStep(CASE, 'measures', 'disqualification not among the measures of the conducts charged (confiscation)'));
  });
  it('refuses a sanction with neither fine nor measure, and a dismissal with either', () => {
    const bare: CaseCommand = { type: 'ResolveCase', data: { caseId: CASE, by: 'director-1', outcome: 'sanction', reasoning: 'x', measures: [], lotsConfiscated: [], at: '2026-05-25T10:00:00-05:00', reviewDue: '2026-06-15' } };
    spec.given(reported).when(bare).then(new InvalidCaseStep(CASE, 'fine', 'or measures must be given for a sanction'));
    const measured: CaseCommand = { type: 'ResolveCase', data: { caseId: CASE, by: 'director-1', outcome: 'dismissal', reasoning: 'x', measures: ['confiscation'], lotsConfiscated: ['LOT-1'], at: '2026-05-25T10:00:00-05:00', reviewDue: '2026-06-15' } };
    spec.given(reported).when(measured).then(new InvalidCaseStep(CASE, 'fine', 'and measures must be absent for a dismissal'));
  });
});

describe('reviews and finality', () => {
  it('hears the accused within the time to ask', () => {
    spec.given(resolved).when(appeal()).then([{ type: 'ReviewRequested', data: { caseId: CASE, kind: 'appeal', requestedBy: HOLDER, grounds: 'species misidentified', at: '2026-06-01T10:00:00-05:00', reviewingBody: 'ARFFS-UCAYALI' } }]);
    spec.given(resolved).when(appeal(HOLDER, '2026-06-16T10:00:00-05:00')).then(new InvalidCaseStep(CASE, 'at', 'is after the last day to ask for a review (2026-06-15)'));
    spec.given(resolved).when(appeal('20999999999')).then(new NotTheAccused(CASE, '20999999999'));
    spec.given(after(reported, resolve('director-1', 'dismissal'))).when(appeal()).then(new InvalidCaseStep(CASE, 'outcome', 'is a dismissal: there is nothing to review'));
  });
  it('ends with an appeal decided by neither the instructor nor the resolver', () => {
    spec.given(appealed).when(decide('director-1')).then(new SeparationOfDuties(CASE, 'director-1', 'resolved it', 'decide its appeal'));
    spec.given(appealed).when(decide('instructor-1')).then(new SeparationOfDuties(CASE, 'instructor-1', 'instructed it', 'decide its review'));
    spec.given(appealed).when(decide('tribunal-1', false)).then([
      { type: 'ReviewDecided', data: { caseId: CASE, kind: 'appeal', decidedBy: 'tribunal-1', body: 'ARFFS-UCAYALI', upheld: false, reasoning: 'reviewed', at: '2026-06-20T10:00:00-05:00', outcome: 'dismissal' } },
      { type: 'CaseBecameFinal', data: { caseId: CASE, accusedTaxId: HOLDER, outcome: 'dismissal', measures: [], lots: ['LOT-1'], lotsConfiscated: [], at: '2026-06-20T10:00:00-05:00' } },
    ]);
  });
  it('leaves the appeal open after a reconsideration', () => {
    const reconsidering = after(resolved, appeal(HOLDER, '2026-06-01T10:00:00-05:00', 'reconsideration'));
    spec.given(reconsidering).when(decide('director-1')).then([
      { type: 'ReviewDecided', data: { caseId: CASE, kind: 'reconsideration', decidedBy: 'director-1', body: 'ARFFS-UCAYALI', upheld: true, reasoning: 'reviewed', at: '2026-06-20T10:00:00-05:00', outcome: 'sanction' } },
    ]);
  });
  it('becomes final once the time to ask has passed unused, not before', () => {
    const declare = (at: string): CaseCommand => ({ type: 'DeclareFinal', data: { caseId: CASE, at } });
    spec.given(resolved).when(declare('2026-06-15T20:00:00-05:00')).then(new InvalidCaseStep(CASE, 'at', 'falls within the time to ask for a review (until 2026-06-15)'));
    spec.given(resolved).when(declare('2026-06-16T08:00:00-05:00')).then([
      { type: 'CaseBecameFinal', data: { caseId: CASE, accusedTaxId: HOLDER, outcome: 'sanction', measures: ['confiscation'], lots: ['LOT-1'], lotsConfiscated: ['LOT-1'], at: '2026-06-16T08:00:00-05:00' } },
    ]);
    spec.given(after(reported, resolve('director-1', 'dismissal'))).when(declare('2026-05-26T09:00:00-05:00')).then([
      { type: 'CaseBecameFinal', data: { caseId: CASE, accusedTaxId: HOLDER, outcome: 'dismissal', measures: [], lots: ['LOT-1'], lotsConfiscated: [], at: '2026-05-26T09:00:00-05:00' } },
    ]);
    spec.given(appealed).when(declare('2026-07-01T09:00:00-05:00')).then(new StepNotAllowed(CASE, 'declaring the resolution final', 'under_review', ['resolved']));
  });
});
