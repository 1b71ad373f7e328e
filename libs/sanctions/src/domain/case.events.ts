import type { Event } from '#shared-kernel';
import type { CaseSource, ChargedConduct, Finding, Outcome, ReviewKind, ScanFindingsWithdrawal, Subject } from './case.js';
import type { IdentificationReport } from './case.identification-report.js';
import type { Disqualification, ResolvedFine } from './case.sanction.js';

export type CaseOpened = Event<
  'CaseOpened',
  {
    readonly caseId: string;
    /** The authority with jurisdiction: the checkpoint's for its findings, OSINFOR's for permit holders in the field. */
    readonly authority: string;
    readonly source: CaseSource;
    readonly subject: Subject;
    /** The lots held under the case, if any. */
    readonly lots: readonly string[];
    readonly findings: readonly Finding[];
  }
>;

/** Another flag on the same load or permit, or an inspector's further report: its findings (and evidence) join the case. */
export type FindingsAdded = Event<'FindingsAdded', { readonly caseId: string; readonly source: CaseSource; readonly findings: readonly Finding[]; readonly lots: readonly string[] }>;

export type ChargesNotified = Event<
  'ChargesNotified',
  {
    readonly caseId: string;
    /** The instructing officer: never the one who resolves. */
    readonly instructor: string;
    readonly accusedTaxId: string;
    /** The conducts of the infraction catalogue the facts are charged as. */
    readonly conducts: readonly ChargedConduct[];
    readonly facts: string;
    readonly notifiedAt: string;
    /** The last day (Peru date) for the defence. */
    readonly defenceDue: string;
  }
>;

export type DefenceSubmitted = Event<
  'DefenceSubmitted',
  { readonly caseId: string; readonly round: 1 | 2; readonly submittedBy: string; readonly statement: string; readonly documents: readonly string[]; readonly at: string }
>;

export type InstructionReportIssued = Event<'InstructionReportIssued', { readonly caseId: string; readonly instructor: string; readonly recommendation: Outcome; readonly reasoning: string; readonly at: string }>;

export type FinalReportNotified = Event<'FinalReportNotified', { readonly caseId: string; readonly instructor: string; readonly notifiedAt: string; readonly defenceDue: string }>;

export type CaseResolved = Event<
  'CaseResolved',
  {
    readonly caseId: string;
    /** The deciding officer: never the instructor. */
    readonly decidedBy: string;
    readonly outcome: Outcome;
    readonly reasoning: string;
    /** Complementary measures of a sanction (confiscation, disqualification…); none for a dismissal. */
    readonly measures: readonly string[];
    /** The fine in UIT as a decimal string (the breakdown's `fineUit`); none without a fine. */
    readonly fineUit?: string;
    /** How the fine was computed: every input and figure, to be redone by hand. */
    readonly fine?: ResolvedFine;
    /** The lots confiscation takes, each a lot of the case; none without confiscation. */
    readonly lotsConfiscated: readonly string[];
    /** The period of a disqualification, exactly when it is among the measures. */
    readonly disqualification?: Disqualification;
    readonly at: string;
    /** The last day (Peru date) to ask for reconsideration or appeal. */
    readonly reviewDue: string;
  }
>;

export type ReviewRequested = Event<'ReviewRequested', { readonly caseId: string; readonly kind: ReviewKind; readonly requestedBy: string; readonly grounds: string; readonly at: string; readonly reviewingBody: string }>;

export type ReviewDecided = Event<
  'ReviewDecided',
  { readonly caseId: string; readonly kind: ReviewKind; readonly decidedBy: string; readonly body: string; readonly upheld: boolean; readonly reasoning: string; readonly at: string; readonly outcome: Outcome }
>;

/** Nothing more can be asked against the resolution: it is executed as it stands. */
export type CaseBecameFinal = Event<
  'CaseBecameFinal',
  {
    readonly caseId: string;
    readonly accusedTaxId: string;
    readonly outcome: Outcome;
    readonly measures: readonly string[];
    readonly fineUit?: string;
    /** Every lot of the case: those not confiscated go back to their holder. */
    readonly lots: readonly string[];
    readonly lotsConfiscated: readonly string[];
    readonly disqualification?: Disqualification;
    readonly at: string;
  }
>;

/** Evidence of which species a piece is: it does not move the procedure. */
export type IdentificationReported = Event<'IdentificationReported', IdentificationReport>;

/** The fine was paid: the amount due at the UIT of the year it was paid in, and the receipt. */
export type FinePaid = Event<
  'FinePaid',
  { readonly caseId: string; readonly receipt: string; readonly amountSoles: string; readonly uit: { readonly year: number; readonly soles: string }; readonly paidAt: string; readonly recordedBy: string }
>;

/** A scan's findings withdrawn by custody's revision: the file keeps them, marked, for the regulator to weigh. */
export type ScanFindingsWithdrawn = Event<'ScanFindingsWithdrawn', ScanFindingsWithdrawal>;

export type CaseEvent =
  | CaseOpened
  | FindingsAdded
  | ScanFindingsWithdrawn
  | ChargesNotified
  | DefenceSubmitted
  | InstructionReportIssued
  | FinalReportNotified
  | CaseResolved
  | ReviewRequested
  | ReviewDecided
  | CaseBecameFinal
  | IdentificationReported
  | FinePaid;
