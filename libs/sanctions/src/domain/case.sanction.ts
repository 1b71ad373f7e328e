import { parseDayNumber } from './calendar/calendar-date.js';
import { exact } from './fine/exact.js';
import { computeFine } from './fine/fine.js';
import type { FineBreakdown } from './fine/fine.breakdown.js';
import type { FineInput } from './fine/fine.input.js';
import type { ChargedConduct } from './case.js';
import { InvalidCaseStep } from './case.errors.js';

/** What a fine is computed from: the conduct it sanctions, the species concerned, every input but the band (the conduct's). */
export interface FineRequest {
  readonly conduct: string;
  /** Scientific name of the species whose value, threat category and CITES appendix the input holds. */
  readonly species: string;
  readonly input: Omit<FineInput, 'band'>;
}

/** A fine as resolved: the conduct and species it was computed for, and its whole breakdown, to be redone by hand. */
export interface ResolvedFine extends FineBreakdown {
  readonly conduct: string;
  readonly species: string;
}

/** Peru calendar dates, both included. */
export interface Disqualification {
  readonly from: string;
  readonly until: string;
}

/**
 * A sanction stays within what the charges allow: its fine inside the band of one of the conducts charged (the
 * widest reaches from the lowest minimum to the highest maximum), its measures among theirs.
 */
export function mustBeWithinCharges(caseId: string, conducts: readonly ChargedConduct[], fineUit: string | undefined, measures: readonly string[]): void {
  if (fineUit !== undefined) {
    const fine = exact(fineUit);
    const within = conducts.some(({ fineUit: band }) => fine.gte(exact(band.min)) && fine.lte(exact(band.max)));
    const bands = conducts.map(({ code, fineUit: band }) => `${code}: ${band.min}–${band.max}`).join('; ');
    if (!within) throw new InvalidCaseStep(caseId, 'fineUit', `${fineUit} UIT lies outside the band of every conduct charged (${bands})`);
  }
  const allowed = new Set(conducts.flatMap((conduct) => conduct.measures));
  const other = measures.filter((measure) => !allowed.has(measure));
  if (other.length > 0) throw new InvalidCaseStep(caseId, 'measures', `${other.join(', ')} not among the measures of the conducts charged (${[...allowed].join(', ') || 'none'})`);
}

/** The fine of a conduct charged, computed within that conduct's band. */
export function fineOf(caseId: string, conducts: readonly ChargedConduct[], { conduct, species, input }: FineRequest): ResolvedFine {
  const charged = conducts.find((candidate) => candidate.code === conduct);
  if (!charged) throw new InvalidCaseStep(caseId, 'fine.conduct', `${conduct} is not among the conducts charged (${conducts.map((c) => c.code).join(', ')})`);
  return { conduct, species, ...computeFine({ ...input, band: { minUit: charged.fineUit.min, maxUit: charged.fineUit.max } }) };
}

/** Confiscation names the lots it takes, each a lot of the case; without it, none. */
export function mustConfiscateLotsOfCase(caseId: string, caseLots: readonly string[], measures: readonly string[], lotsConfiscated: readonly string[]): void {
  if (!measures.includes('confiscation')) {
    if (lotsConfiscated.length > 0) throw new InvalidCaseStep(caseId, 'lotsConfiscated', 'must be empty unless confiscation is among the measures');
    return;
  }
  if (lotsConfiscated.length === 0) throw new InvalidCaseStep(caseId, 'lotsConfiscated', 'must name at least one lot of the case when confiscation is among the measures');
  const foreign = lotsConfiscated.filter((lot) => !caseLots.includes(lot));
  if (foreign.length > 0) throw new InvalidCaseStep(caseId, 'lotsConfiscated', `${foreign.join(', ')} not among the lots of the case (${caseLots.join(', ') || 'none'})`);
  if (new Set(lotsConfiscated).size < lotsConfiscated.length) throw new InvalidCaseStep(caseId, 'lotsConfiscated', 'names a lot more than once');
}

/** A disqualification runs for a period, given exactly when it is among the measures. */
export function mustDisqualifyForPeriod(caseId: string, measures: readonly string[], disqualification: Disqualification | undefined): void {
  if (!measures.includes('disqualification')) {
    if (disqualification !== undefined) throw new InvalidCaseStep(caseId, 'disqualification', 'must be absent unless disqualification is among the measures');
    return;
  }
  if (disqualification === undefined) throw new InvalidCaseStep(caseId, 'disqualification', 'must give its period when disqualification is among the measures');
  const from = parseDayNumber(disqualification.from);
  const until = parseDayNumber(disqualification.until);
  if (from === undefined) throw new InvalidCaseStep(caseId, 'disqualification.from', `must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(disqualification.from)}`);
  if (until === undefined) throw new InvalidCaseStep(caseId, 'disqualification.until', `must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(disqualification.until)}`);
  if (until < from) throw new InvalidCaseStep(caseId, 'disqualification.until', `${disqualification.until} is before disqualification.from ${disqualification.from}`);
}

/** What an appeal that overturns a sanction leaves of it: no fine, no measure, nothing confiscated, no disqualification. */
export const OVERTURNED = { measures: [], fineUit: undefined, fine: undefined, lotsConfiscated: [], disqualification: undefined } as const;
