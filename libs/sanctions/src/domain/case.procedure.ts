import { peruDateOf } from './calendar/peru-date.js';
import type { CaseStatus } from './case.js';
import { fineOf, mustBeWithinCharges, mustConfiscateLotsOfCase, mustDisqualifyForPeriod, OVERTURNED } from './case.sanction.js';
import type { DecideReview, DeclareFinal, IssueInstructionReport, NotifyCharges, NotifyFinalReport, RequestReview, ResolveCase, SubmitDefence } from './case.commands.js';
import type { CaseBecameFinal, CaseEvent, CaseResolved } from './case.events.js';
import { CaseNotFound, InvalidCaseStep, NotTheAccused, SeparationOfDuties, StepNotAllowed } from './case.errors.js';
import type { CaseState, InfractionCase, Resolution } from './case.state.js';

export function notifyCharges({ data }: NotifyCharges, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'notifying charges', ['detected']);
  if (data.conducts.length === 0) throw new InvalidCaseStep(open.caseId, 'conducts', 'must name at least one conduct of the catalogue');
  const { caseId, by: instructor, accusedTaxId, conducts, facts, at: notifiedAt, defenceDue } = data;
  return [{ type: 'ChargesNotified', data: { caseId, instructor, accusedTaxId, conducts, facts, notifiedAt, defenceDue } }];
}

/** The accused answers the charges, and again the final report; nothing is refused for lateness here, the file shows the dates. */
export function submitDefence({ data }: SubmitDefence, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'submitting a defence', ['charged', 'final_report_notified']);
  if (open.charges!.accusedTaxId !== data.by) throw new NotTheAccused(open.caseId, data.by);
  const round = open.status === 'charged' ? 1 : 2;
  if (open.defences >= round) throw new StepNotAllowed(open.caseId, 'submitting a second defence in the same round', open.status, ['charged', 'final_report_notified']);
  const { caseId, by: submittedBy, statement, documents } = data;
  return [{ type: 'DefenceSubmitted', data: { caseId, round, submittedBy, statement, documents, at: data.at } }];
}

/** After the defence, or once its time has run out without one. */
export function issueInstructionReport({ data }: IssueInstructionReport, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'issuing the instruction report', ['charged', 'defence_submitted']);
  mustBeInstructor(open, data.by, 'issue the instruction report');
  if (open.status === 'charged' && peruDateOf(data.at) <= open.charges!.defenceDue) {
    throw new InvalidCaseStep(open.caseId, 'at', `falls within the defence period (until ${open.charges!.defenceDue}) and no defence was submitted`);
  }
  const { caseId, by: instructor, recommendation, reasoning } = data;
  return [{ type: 'InstructionReportIssued', data: { caseId, instructor, recommendation, reasoning, at: data.at } }];
}

export function notifyFinalReport({ data }: NotifyFinalReport, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'notifying the final report', ['instructed']);
  mustBeInstructor(open, data.by, 'notify the final report');
  return [{ type: 'FinalReportNotified', data: { caseId: open.caseId, instructor: data.by, notifiedAt: data.at, defenceDue: data.defenceDue } }];
}

export function resolveCase({ data }: ResolveCase, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'resolving', ['final_report_notified']);
  if (data.by === open.charges!.instructor) throw new SeparationOfDuties(open.caseId, data.by, 'instructed it', 'resolve it');
  if (data.outcome === 'sanction' && data.fine === undefined && data.measures.length === 0) throw new InvalidCaseStep(open.caseId, 'fine', 'or measures must be given for a sanction');
  if (data.outcome === 'dismissal' && (data.fine !== undefined || data.measures.length > 0)) throw new InvalidCaseStep(open.caseId, 'fine', 'and measures must be absent for a dismissal');
  const { conducts } = open.charges!;
  const fine = data.fine && fineOf(open.caseId, conducts, data.fine);
  if (data.outcome === 'sanction') mustBeWithinCharges(open.caseId, conducts, fine?.fineUit, data.measures);
  mustConfiscateLotsOfCase(open.caseId, open.lots, data.measures, data.lotsConfiscated);
  mustDisqualifyForPeriod(open.caseId, data.measures, data.disqualification);
  const { caseId, by: decidedBy, outcome, reasoning, measures, lotsConfiscated, disqualification, reviewDue } = data;
  const resolved: CaseResolved = {
    type: 'CaseResolved',
    data: { caseId, decidedBy, outcome, reasoning, measures, ...(fine ? { fineUit: fine.fineUit, fine } : {}), lotsConfiscated, ...(disqualification ? { disqualification } : {}), at: data.at, reviewDue },
  };
  return [resolved];
}

/** The sanctioned party asks the body that resolved to reconsider, or its superior to hear an appeal. */
export function requestReview({ data }: RequestReview, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'asking for a review', ['resolved']);
  if (open.charges!.accusedTaxId !== data.by) throw new NotTheAccused(open.caseId, data.by);
  if (open.resolution!.outcome !== 'sanction') throw new InvalidCaseStep(open.caseId, 'outcome', 'is a dismissal: there is nothing to review');
  if (peruDateOf(data.at) > open.resolution!.reviewDue) throw new InvalidCaseStep(open.caseId, 'at', `is after the last day to ask for a review (${open.resolution!.reviewDue})`);
  const { caseId, by: requestedBy, kind, grounds, reviewingBody } = data;
  return [{ type: 'ReviewRequested', data: { caseId, kind, requestedBy, grounds, at: data.at, reviewingBody } }];
}

/** An appeal ends the administrative route: its decision is final. A reconsideration leaves the appeal open. */
export function decideReview({ data }: DecideReview, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'deciding a review', ['under_review']);
  if (data.by === open.charges!.instructor) throw new SeparationOfDuties(open.caseId, data.by, 'instructed it', 'decide its review');
  if (open.review!.kind === 'appeal' && data.by === open.resolution!.decidedBy) throw new SeparationOfDuties(open.caseId, data.by, 'resolved it', 'decide its appeal');
  const outcome = data.upheld ? open.resolution!.outcome : 'dismissal';
  const { caseId, by: decidedBy, body, upheld, reasoning } = data;
  const decided: CaseEvent = { type: 'ReviewDecided', data: { caseId, kind: open.review!.kind, decidedBy, body, upheld, reasoning, at: data.at, outcome } };
  if (open.review!.kind === 'reconsideration') return [decided];
  return [decided, becameFinal(open, upheld ? open.resolution! : { ...open.resolution!, ...OVERTURNED, outcome }, data.at)];
}

export function declareFinal({ data }: DeclareFinal, state: CaseState): CaseEvent[] {
  const open = at(state, data.caseId, 'declaring the resolution final', ['resolved']);
  const resolution = open.resolution!;
  if (resolution.outcome === 'sanction' && peruDateOf(data.at) <= resolution.reviewDue) throw new InvalidCaseStep(open.caseId, 'at', `falls within the time to ask for a review (until ${resolution.reviewDue})`);
  return [becameFinal(open, resolution, data.at)];
}

function becameFinal({ caseId, charges, lots }: InfractionCase, { outcome, measures, fineUit, lotsConfiscated, disqualification }: Resolution, when: string): CaseBecameFinal {
  return {
    type: 'CaseBecameFinal',
    data: { caseId, accusedTaxId: charges!.accusedTaxId, outcome, measures, ...(fineUit === undefined ? {} : { fineUit }), lots, lotsConfiscated, ...(disqualification ? { disqualification } : {}), at: when },
  };
}

function at(state: CaseState, caseId: string, step: string, allowedFrom: readonly CaseStatus[]): InfractionCase {
  if (!state) throw new CaseNotFound(caseId);
  if (!allowedFrom.includes(state.status)) throw new StepNotAllowed(state.caseId, step, state.status, allowedFrom);
  return state;
}

function mustBeInstructor(open: InfractionCase, officer: string, step: string): void {
  if (open.charges!.instructor !== officer) throw new SeparationOfDuties(open.caseId, officer, `is not the instructor (${open.charges!.instructor})`, step);
}
