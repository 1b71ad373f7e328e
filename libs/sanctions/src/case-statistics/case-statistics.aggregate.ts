import { Decimal } from 'decimal.js';
import { CASE_STATUSES, type CaseStatus } from '../domain/case.js';
import type { CaseClass, CaseFigures, LotFigure } from './case-statistics.projection.js';

/** Exact sums of m³ and of kg: decimal strings added as decimals, never as floating point. */
const Amount = Decimal.clone({ precision: 1e9 });

export interface CaseCount {
  readonly cases: number;
}

export interface Volume {
  readonly lots: number;
  /** m³ of timber lots as an exact decimal string. */
  readonly m3: string;
  /** kg of lots of products traded by weight, apart from the m³. */
  readonly kg: string;
}

/** One authority's cases counted every way, with no party, officer, guide, plate or case id: open data as it stands. */
export interface AuthorityStatistics {
  readonly authority: string;
  readonly cases: number;
  readonly byClass: Readonly<Record<CaseClass, number>>;
  readonly byConduct: readonly (CaseCount & { readonly code: string })[];
  readonly bySpecies: readonly (CaseCount & { readonly species: string; readonly seizedM3: string; readonly confiscatedM3: string; readonly seizedKg: string; readonly confiscatedKg: string })[];
  readonly casesWithoutSpecies: number;
  readonly byCheckpoint: readonly (CaseCount & { readonly checkpoint: string })[];
  readonly byMonth: readonly (CaseCount & { readonly month: string })[];
  readonly byStatus: Readonly<Record<CaseStatus, number>>;
  readonly byOutcome: { readonly sanction: number; readonly dismissal: number; readonly none: number };
  readonly volumes: { readonly immobilised: Volume; readonly seized: Volume; readonly confiscated: Volume };
}

/** The figures of one authority's cases (rows of other authorities are not looked at: the caller picks them). */
export function authorityStatistics(authority: string, cases: readonly CaseFigures[]): AuthorityStatistics {
  return {
    authority,
    cases: cases.length,
    byClass: { leve: 0, grave: 0, muy_grave: 0, uncharged: 0, ...tally(cases.map((found) => found.class)) },
    byConduct: ranked(cases.flatMap((found) => found.conducts)).map(([code, count]) => ({ code, cases: count })),
    bySpecies: ranked(cases.flatMap((found) => found.species)).map(([species, count]) => {
      const seized = cases.flatMap((found) => found.seized).filter((lot) => lot.species === species);
      const confiscated = cases.flatMap((found) => found.confiscated).filter((lot) => lot.species === species);
      return { species, cases: count, seizedM3: sum(seized, 'm3'), confiscatedM3: sum(confiscated, 'm3'), seizedKg: sum(seized, 'kg'), confiscatedKg: sum(confiscated, 'kg') };
    }),
    casesWithoutSpecies: cases.filter((found) => found.species.length === 0).length,
    byCheckpoint: ranked(cases.flatMap((found) => found.checkpoints)).map(([checkpoint, count]) => ({ checkpoint, cases: count })),
    byMonth: Object.entries(tally(cases.flatMap((found) => (found.month === null ? [] : [found.month]))))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, count]) => ({ month, cases: count })),
    byStatus: { ...(Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as Record<CaseStatus, number>), ...tally(cases.map((found) => found.status)) },
    byOutcome: { sanction: 0, dismissal: 0, none: 0, ...tally(cases.map((found) => found.outcome ?? 'none')) },
    volumes: {
      immobilised: volume(cases.flatMap((found) => found.immobilised)),
      seized: volume(cases.flatMap((found) => found.seized)),
      confiscated: volume(cases.flatMap((found) => found.confiscated)),
    },
  };
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The most cases first, then by name: a case counts once under each value it names. */
function ranked(values: readonly string[]): [string, number][] {
  return Object.entries(tally(values)).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function volume(lots: readonly LotFigure[]): Volume {
  return { lots: lots.length, m3: sum(lots, 'm3'), kg: sum(lots, 'kg') };
}

/** The lots in one unit summed; lots in the other are not counted in it. */
function sum(lots: readonly LotFigure[], unit: 'm3' | 'kg'): string {
  return lots.reduce((total, lot) => total.plus(amountIn(lot, unit) ?? 0), new Amount(0)).toFixed();
}

function amountIn(lot: LotFigure, unit: 'm3' | 'kg'): string | undefined {
  if (unit === 'kg') return 'kg' in lot ? lot.kg : undefined;
  return 'm3' in lot ? lot.m3 : undefined;
}
