import type { CaseEvent } from './case.events.js';
import { OVERTURNED } from './case.sanction.js';
import type { CaseState, InfractionCase } from './case.state.js';

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseOpened') {
    const { caseId, authority, source, subject, lots, findings } = event.data;
    return { caseId, authority, status: 'detected', sources: [source], subject, lots, findings, defences: 0 };
  }
  return state && evolveOpen(state, event);
}

function evolveOpen(open: InfractionCase, event: Exclude<CaseEvent, { type: 'CaseOpened' }>): InfractionCase {
  switch (event.type) {
    case 'FindingsAdded': {
      const lots = [...open.lots, ...event.data.lots.filter((lot) => !open.lots.includes(lot))];
      return { ...open, sources: [...open.sources, event.data.source], findings: [...open.findings, ...event.data.findings], lots };
    }
    case 'ScanFindingsWithdrawn': {
      const { caseId: _caseId, ...withdrawal } = event.data;
      return { ...open, withdrawnScans: [...(open.withdrawnScans ?? []), withdrawal] };
    }
    case 'ChargesNotified': {
      const { instructor, accusedTaxId, conducts, defenceDue } = event.data;
      return { ...open, status: 'charged', charges: { instructor, accusedTaxId, conducts, defenceDue } };
    }
    case 'DefenceSubmitted':
      return { ...open, status: open.status === 'charged' ? 'defence_submitted' : open.status, defences: event.data.round };
    case 'InstructionReportIssued':
      return { ...open, status: 'instructed' };
    case 'FinalReportNotified':
      return { ...open, status: 'final_report_notified', charges: open.charges && { ...open.charges, defenceDue: event.data.defenceDue } };
    case 'CaseResolved': {
      const { decidedBy, outcome, measures, fineUit, fine, lotsConfiscated, disqualification, reviewDue } = event.data;
      return { ...open, status: 'resolved', resolution: withoutUndefined({ decidedBy, outcome, measures, fineUit, fine, lotsConfiscated, disqualification, reviewDue }) };
    }
    case 'ReviewRequested':
      return { ...open, status: 'under_review', review: { kind: event.data.kind, reviewingBody: event.data.reviewingBody } };
    case 'ReviewDecided': {
      const resolution = open.resolution && (event.data.upheld ? open.resolution : { ...open.resolution, ...OVERTURNED, outcome: event.data.outcome });
      return { ...open, status: 'resolved', ...(resolution ? { resolution: withoutUndefined(resolution) } : {}) };
    }
    case 'CaseBecameFinal':
      return { ...open, status: 'final' };
    // The file lists reports from its history; no step of the procedure depends on them.
    case 'IdentificationReported':
      return open;
    case 'FinePaid': {
      const { receipt, amountSoles, paidAt } = event.data;
      return { ...open, finePaid: { receipt, amountSoles, paidAt } };
    }
    default:
      return unreachable(event);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function unreachable(event: never): never {
  throw new Error(`Unknown case event ${JSON.stringify(event)}`);
}
