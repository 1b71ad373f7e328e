import type { Projection } from '#projections';
import type { Recorded } from '#shared-kernel';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import { type CaseClass, type CaseStatus, gravestClass } from '../domain/case.js';
import type { CaseEvent } from '../domain/case.events.js';

/** One case as the work queue lists it: where it stands, its next deadline, whom and what it is about. */
export type CaseRow = {
  readonly caseId: string;
  readonly authority: string;
  readonly status: CaseStatus;
  readonly openedAt: string;
  readonly updatedAt: string;
  /** What raised it: `scan`, `guide_count`, `inspection`, one per flag. */
  readonly sources: readonly string[];
  readonly guideNumber: string | null;
  readonly permitId: string | null;
  /** Whom the case is about, each as it acts in the API: the holder's RUC, the facility, the driver's document, the party charged. */
  readonly parties: readonly string[];
  readonly lots: readonly string[];
  /** The rules broken, each once. */
  readonly rules: readonly string[];
  readonly conducts: readonly string[];
  /** The gravest class charged. */
  readonly class: CaseClass;
  /** The last day of the step awaited (defence, review), a Peru date; none while none runs. */
  readonly deadline: string | null;
  readonly outcome: string | null;
  readonly fineUit: string | null;
  /** The party charged, once charges are notified: a later case against it looks here for recidivism. */
  readonly accusedTaxId: string | null;
  /** The Peru date the resolution became final. */
  readonly finalOn: string | null;
};

const CASE_EVENTS: readonly CaseEvent['type'][] = [
  'CaseOpened',
  'FindingsAdded',
  'ChargesNotified',
  'DefenceSubmitted',
  'InstructionReportIssued',
  'FinalReportNotified',
  'CaseResolved',
  'ReviewRequested',
  'ReviewDecided',
  'CaseBecameFinal',
  'IdentificationReported',
  'FinePaid',
  'ScanFindingsWithdrawn',
];

/** Every case as one row, for regulators' work queues and a party's own cases. */
export const caseListProjection: Projection<CaseRow, CaseEvent> = {
  name: 'sanctions_cases',
  lifecycle: 'async',
  // 2: the party charged and the day the case became final, for recidivism; the gravest class charged.
  version: 2,
  eventTypes: CASE_EVENTS,
  lookups: [['authority', 'status'], ['accusedTaxId', 'status'], ['authority', 'class']],
  keys: (event) => [event.data.caseId],
  evolve: (row, event) => (event.type === 'CaseOpened' ? openedRow(event) : row ? { ...evolveRow(row, event), updatedAt: event.metadata.occurredAt } : null),
};

function openedRow(event: Recorded<Extract<CaseEvent, { type: 'CaseOpened' }>>): CaseRow {
  const { caseId, authority, source, subject, lots, findings } = event.data;
  return {
    caseId,
    authority,
    status: 'detected',
    openedAt: event.metadata.occurredAt,
    updatedAt: event.metadata.occurredAt,
    sources: [source.kind],
    guideNumber: subject.guideNumber ?? null,
    permitId: subject.permitId ?? null,
    parties: [subject.holderTaxId, subject.facilityId, subject.driverId].filter((party): party is string => party !== undefined),
    lots,
    rules: unique(findings.map((finding) => finding.rule)),
    conducts: [],
    class: 'uncharged',
    deadline: null,
    outcome: null,
    fineUit: null,
    accusedTaxId: null,
    finalOn: null,
  };
}

function evolveRow(row: CaseRow, event: Recorded<Exclude<CaseEvent, { type: 'CaseOpened' }>>): CaseRow {
  switch (event.type) {
    case 'FindingsAdded':
      return { ...row, sources: [...row.sources, event.data.source.kind], lots: unique([...row.lots, ...event.data.lots]), rules: unique([...row.rules, ...event.data.findings.map((f) => f.rule)]) };
    case 'ChargesNotified':
      return {
        ...row,
        status: 'charged',
        parties: unique([...row.parties, event.data.accusedTaxId]),
        conducts: event.data.conducts.map((conduct) => conduct.code),
        class: gravestClass(event.data.conducts),
        deadline: event.data.defenceDue,
        accusedTaxId: event.data.accusedTaxId,
      };
    case 'DefenceSubmitted':
      return row.status === 'charged' ? { ...row, status: 'defence_submitted', deadline: null } : { ...row, deadline: null };
    case 'InstructionReportIssued':
      return { ...row, status: 'instructed', deadline: null };
    case 'FinalReportNotified':
      return { ...row, status: 'final_report_notified', deadline: event.data.defenceDue };
    case 'CaseResolved':
      return { ...row, status: 'resolved', deadline: event.data.reviewDue, outcome: event.data.outcome, fineUit: event.data.fineUit ?? null };
    case 'ReviewRequested':
      return { ...row, status: 'under_review', deadline: null };
    case 'ReviewDecided':
      return { ...row, status: 'resolved', outcome: event.data.outcome, fineUit: event.data.upheld ? row.fineUit : null };
    case 'CaseBecameFinal':
      return { ...row, status: 'final', deadline: null, outcome: event.data.outcome, fineUit: event.data.fineUit ?? null, finalOn: peruDateOf(event.data.at) };
    // A report, a payment or a withdrawal changes nothing the queue shows but when the case last moved.
    case 'IdentificationReported':
    case 'FinePaid':
    case 'ScanFindingsWithdrawn':
      return row;
    default:
      return unreachable(event);
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function unreachable(event: never): never {
  throw new Error(`Unknown case event ${JSON.stringify(event)}`);
}
