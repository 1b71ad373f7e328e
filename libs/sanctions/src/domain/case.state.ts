import type { CaseSource, CaseStatus, ChargedConduct, Finding, Outcome, ReviewKind, ScanFindingsWithdrawal, Subject } from './case.js';
import type { Disqualification, ResolvedFine } from './case.sanction.js';

export interface Charges {
  readonly instructor: string;
  readonly accusedTaxId: string;
  readonly conducts: readonly ChargedConduct[];
  readonly defenceDue: string;
}

export interface Resolution {
  readonly decidedBy: string;
  readonly outcome: Outcome;
  readonly measures: readonly string[];
  readonly fineUit?: string;
  readonly fine?: ResolvedFine;
  readonly lotsConfiscated: readonly string[];
  readonly disqualification?: Disqualification;
  readonly reviewDue: string;
}

export interface Review {
  readonly kind: ReviewKind;
  readonly reviewingBody: string;
}

export interface InfractionCase {
  readonly caseId: string;
  readonly authority: string;
  readonly status: CaseStatus;
  readonly sources: readonly CaseSource[];
  readonly subject: Subject;
  readonly lots: readonly string[];
  readonly findings: readonly Finding[];
  /** Scans whose findings custody withdrew, each once; absent while none is. */
  readonly withdrawnScans?: readonly Omit<ScanFindingsWithdrawal, 'caseId'>[];
  readonly charges?: Charges;
  /** Defences submitted: 1 after the charges, 2 after the final report. */
  readonly defences: number;
  readonly resolution?: Resolution;
  readonly review?: Review;
  /** Once the treasury received the fine. */
  readonly finePaid?: { readonly receipt: string; readonly amountSoles: string; readonly paidAt: string };
}

/** Undefined until a flag or an inspector opens the case. */
export type CaseState = InfractionCase | undefined;
