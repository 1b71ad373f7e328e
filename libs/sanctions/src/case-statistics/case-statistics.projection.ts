import type { Projection } from '#projections';
import type { Recorded } from '#shared-kernel';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import type { CaseLotVolumeNoted } from '../domain/case-lot-volumes.js';
import { type CaseClass, type CaseSource, type CaseStatus, gravestClass, type Outcome } from '../domain/case.js';
import type { CaseEvent } from '../domain/case.events.js';
import type { HeldAmount } from '../domain/held-amount.js';

export type { CaseClass } from '../domain/case.js';

/** A lot of the case and its m³ (or kg, by weight) as a decimal string, with its species where the facts name it. */
export type LotFigure = { readonly lotId: string; readonly species?: string } & HeldAmount;

/**
 * One case as the statistics count it: no party, officer, guide or plate, only what is counted. Custody's holds may
 * arrive before the case is opened: until then the row has no authority and is counted nowhere.
 */
export type CaseFigures = {
  readonly caseId: string;
  readonly authority: string | null;
  /** The Peru month (YYYY-MM) of the earliest fact found. */
  readonly month: string | null;
  readonly checkpoints: readonly string[];
  /** Species observed in the load at a checkpoint, seized, identified by a report or confiscated. */
  readonly species: readonly string[];
  readonly class: CaseClass;
  readonly conducts: readonly string[];
  readonly status: CaseStatus;
  readonly outcome: Outcome | null;
  readonly seized: readonly LotFigure[];
  readonly immobilised: readonly LotFigure[];
  readonly confiscated: readonly LotFigure[];
};

const COUNTED = ['CaseOpened', 'FindingsAdded', 'ChargesNotified', 'DefenceSubmitted', 'InstructionReportIssued', 'FinalReportNotified', 'CaseResolved', 'ReviewRequested', 'ReviewDecided', 'CaseBecameFinal', 'IdentificationReported'] as const;

type CountedEvent = Extract<CaseEvent, { type: (typeof COUNTED)[number] }> | CaseLotVolumeNoted;

/** Every case as the figures it adds to its authority's statistics, and to the public's. */
export const caseStatisticsProjection: Projection<CaseFigures, CountedEvent> = {
  name: 'sanctions_case_statistics',
  lifecycle: 'async',
  version: 1,
  eventTypes: [...COUNTED, 'CaseLotVolumeNoted'],
  lookups: [['authority', 'month']],
  keys: (event) => [event.data.caseId],
  evolve: (row, event) => evolveFigures(row ?? unopened(event.data.caseId), event),
};

function unopened(caseId: string): CaseFigures {
  return { caseId, authority: null, month: null, checkpoints: [], species: [], class: 'uncharged', conducts: [], status: 'detected', outcome: null, seized: [], immobilised: [], confiscated: [] };
}

function evolveFigures(row: CaseFigures, event: Recorded<CountedEvent>): CaseFigures {
  switch (event.type) {
    case 'CaseOpened': {
      const { authority, findings, source } = event.data;
      const facts = findings.length === 0 ? [event.metadata.occurredAt] : findings.map((finding) => finding.at);
      const month = facts.map(peruDateOf).sort()[0]!.slice(0, 7);
      return withSource({ ...row, authority, month }, source);
    }
    case 'FindingsAdded':
      return withSource(row, event.data.source);
    case 'ChargesNotified': {
      const { conducts } = event.data;
      return { ...row, status: 'charged', class: gravestClass(conducts), conducts: unique(conducts.map((conduct) => conduct.code)) };
    }
    case 'DefenceSubmitted':
      return row.status === 'charged' ? { ...row, status: 'defence_submitted' } : row;
    case 'InstructionReportIssued':
      return { ...row, status: 'instructed' };
    case 'FinalReportNotified':
      return { ...row, status: 'final_report_notified' };
    case 'CaseResolved':
      return { ...row, status: 'resolved', outcome: event.data.outcome };
    case 'ReviewRequested':
      return { ...row, status: 'under_review' };
    case 'ReviewDecided':
      return { ...row, status: 'resolved', outcome: event.data.outcome };
    case 'CaseBecameFinal':
      return { ...row, status: 'final', outcome: event.data.outcome };
    case 'IdentificationReported':
      return { ...row, species: unique([...row.species, event.data.species]) };
    case 'CaseLotVolumeNoted': {
      const { kind, species } = event.data;
      const lot = { lotId: event.data.lotId, ...amountIn(event.data), ...(species === undefined ? {} : { species }) };
      if (kind === 'immobilised') return { ...row, immobilised: withLot(row.immobilised, lot) };
      return { ...row, confiscated: withLot(row.confiscated, lot), species: species === undefined ? row.species : unique([...row.species, species]) };
    }
    default:
      return unreachable(event);
  }
}

/** A scan names its checkpoint, and its load the species observed and the lots seized; flags from before name no load. */
function withSource(row: CaseFigures, source: CaseSource): CaseFigures {
  if (source.kind !== 'scan') return row;
  const seized = (source.load?.seized ?? []).map((lot) => ({ lotId: lot.lotId, species: lot.species, ...amountIn(lot) }));
  const species = [...(source.load?.observed ?? []), ...seized].map((line) => line.species);
  return {
    ...row,
    checkpoints: unique([...row.checkpoints, source.checkpoint]),
    species: unique([...row.species, ...species]),
    seized: seized.reduce(withLot, row.seized),
  };
}

/** Each lot once: a lot noted again keeps its first figure. */
function withLot(lots: readonly LotFigure[], lot: LotFigure): readonly LotFigure[] {
  return lots.some((held) => held.lotId === lot.lotId) ? lots : [...lots, lot];
}

/** The amount alone, in the field its unit names. */
function amountIn(held: HeldAmount): HeldAmount {
  return 'kg' in held ? { kg: held.kg } : { m3: held.m3 };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function unreachable(event: never): never {
  throw new Error(`Unknown event counted in case statistics ${JSON.stringify(event)}`);
}
