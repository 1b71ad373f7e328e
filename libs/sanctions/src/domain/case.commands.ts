import type { Command } from '#shared-kernel';
import type { CaseSource, ChargedConduct, Finding, Outcome, ReviewKind, ScanFindingsWithdrawal, Subject } from './case.js';
import type { CertifiedIdentifier } from './case.identification-report.js';
import type { Disqualification, FineRequest } from './case.sanction.js';

/** A flag or an inspector's report: opens the case, or adds its findings to the open one. */
export type RecordFindings = Command<
  'RecordFindings',
  { readonly caseId: string; readonly authority: string; readonly source: CaseSource; readonly subject: Subject; readonly lots: readonly string[]; readonly findings: readonly Finding[] }
>;

export type NotifyCharges = Command<
  'NotifyCharges',
  { readonly caseId: string; readonly by: string; readonly accusedTaxId: string; readonly conducts: readonly ChargedConduct[]; readonly facts: string; readonly at: string; readonly defenceDue: string }
>;

export type SubmitDefence = Command<'SubmitDefence', { readonly caseId: string; readonly by: string; readonly statement: string; readonly documents: readonly string[]; readonly at: string }>;

export type IssueInstructionReport = Command<'IssueInstructionReport', { readonly caseId: string; readonly by: string; readonly recommendation: Outcome; readonly reasoning: string; readonly at: string }>;

export type NotifyFinalReport = Command<'NotifyFinalReport', { readonly caseId: string; readonly by: string; readonly at: string; readonly defenceDue: string }>;

export type ResolveCase = Command<
  'ResolveCase',
  {
    readonly caseId: string;
    readonly by: string;
    readonly outcome: Outcome;
    readonly reasoning: string;
    readonly measures: readonly string[];
    /** What the fine is computed from; none for a sanction of measures only, or a dismissal. */
    readonly fine?: FineRequest;
    readonly lotsConfiscated: readonly string[];
    readonly disqualification?: Disqualification;
    readonly at: string;
    readonly reviewDue: string;
  }
>;

export type RequestReview = Command<'RequestReview', { readonly caseId: string; readonly by: string; readonly kind: ReviewKind; readonly grounds: string; readonly at: string; readonly reviewingBody: string }>;

export type DecideReview = Command<'DecideReview', { readonly caseId: string; readonly by: string; readonly body: string; readonly upheld: boolean; readonly reasoning: string; readonly at: string }>;

/** A species identification report added to the case, with the register's entry of its certificate number, if any. */
export type RecordIdentification = Command<
  'RecordIdentification',
  {
    readonly caseId: string;
    readonly by: string;
    readonly lot?: string;
    readonly piece: string;
    readonly species: string;
    readonly certificateNumber: string;
    readonly identifier?: CertifiedIdentifier;
    readonly identifiedAt: string;
    readonly document?: string;
    readonly at: string;
  }
>;

/** Once the time to ask for a review has passed unused, or a review was decided. */
export type DeclareFinal = Command<'DeclareFinal', { readonly caseId: string; readonly at: string }>;

/** The treasury's receipt of a final fine: paid in soles at the UIT of the year of payment. */
export type RecordFinePayment = Command<
  'RecordFinePayment',
  { readonly caseId: string; readonly by: string; readonly receipt: string; readonly amountSoles: string; readonly uit: { readonly year: number; readonly soles: string }; readonly paidAt: string }
>;

/** Custody judged a flagged scan again once a scan observed before it arrived, and it no longer immobilises. */
export type WithdrawScanFindings = Command<'WithdrawScanFindings', ScanFindingsWithdrawal>;

export type CaseCommand =
  | RecordFindings
  | WithdrawScanFindings
  | NotifyCharges
  | SubmitDefence
  | IssueInstructionReport
  | NotifyFinalReport
  | ResolveCase
  | RequestReview
  | DecideReview
  | DeclareFinal
  | RecordIdentification
  | RecordFinePayment;
