import { peruDateOf } from './calendar/peru-date.js';
import { CASE_STATUSES, type CaseStatus, type Finding } from './case.js';
import type { RecordIdentification } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import { CaseNotFound, InvalidCaseStep, StepNotAllowed } from './case.errors.js';
import type { CaseState } from './case.state.js';
import type { IdentificationReport } from './case.identification-report.js';

/** A case takes reports until it is final: after that nothing more can change it. */
export const REPORTING_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((status) => status !== 'final');

/**
 * A report by someone the register does not hold, or whose certificate did not cover the day, is still evidence: it
 * is recorded, marked as not made by a validly certified identifier, and only a valid one settles a species dispute.
 */
export function recordIdentification({ data }: RecordIdentification, state: CaseState): CaseEvent[] {
  if (!state) throw new CaseNotFound(data.caseId);
  if (state.status === 'final') throw new StepNotAllowed(state.caseId, 'recording an identification report', state.status, REPORTING_STATUSES);
  const { caseId, by: reportedBy, lot, piece, species, certificateNumber, identifier, identifiedAt, document, at } = data;
  if (lot !== undefined && !state.lots.includes(lot)) throw new InvalidCaseStep(caseId, 'lot', `${lot} is not among the lots of the case (${state.lots.join(', ') || 'none'})`);
  if (Date.parse(identifiedAt) > Date.parse(at)) throw new InvalidCaseStep(caseId, 'identifiedAt', `is after the report is recorded (${at})`);
  const day = peruDateOf(identifiedAt);
  const certificateValid = identifier !== undefined && identifier.validFrom <= day && day <= identifier.validUntil;
  const report: IdentificationReport = {
    caseId,
    ...(lot === undefined ? {} : { lot }),
    piece,
    species,
    certificateNumber,
    ...(identifier === undefined ? {} : { identifier }),
    certificateValid,
    identifiedAt,
    reportedBy,
    ...(document === undefined ? {} : { document }),
    at,
  };
  return [{ type: 'IdentificationReported', data: report }];
}

/** The rule of the checkpoint scans' species check. */
export const SPECIES_CHECK = 'SPECIES_MATCH';

/** One scan that found species the guide does not declare. */
export interface SpeciesCheckFailed {
  readonly at: string;
  /** The species the guide declares. */
  readonly declared: readonly string[];
  /** The species seen on the truck. */
  readonly observed: readonly string[];
}

/** An identification as it bears on the dispute: which side it bears out. */
export interface DisputeIdentification extends IdentificationReport {
  readonly bearsOut: 'declared' | 'observed' | 'neither';
}

/** The guide says one species, the checkpoint saw another: the identification reports settle which. */
export interface SpeciesDispute {
  readonly scans: readonly SpeciesCheckFailed[];
  readonly identifications: readonly DisputeIdentification[];
  /** Some report is by an identifier whose certificate was valid on the day of the identification. */
  readonly settled: boolean;
}

/** The dispute of a case whose findings include a failed species check; none otherwise. */
export function speciesDisputeOf(findings: readonly Finding[], reports: readonly IdentificationReport[]): SpeciesDispute | undefined {
  const scans = findings.filter((finding) => finding.rule === SPECIES_CHECK).map(({ at, expected, observed }) => ({ at, declared: names(expected), observed: names(carried(observed)) }));
  if (scans.length === 0) return undefined;
  const declared = nameKeys(scans.flatMap((scan) => scan.declared));
  const observed = nameKeys(scans.flatMap((scan) => scan.observed));
  const identifications = reports.map((report) => ({ ...report, bearsOut: bearsOut(report.species, declared, observed) }));
  return { scans, identifications, settled: reports.some((report) => report.certificateValid) };
}

// A species both declared and seen bears out the guide: the dispute is about the rest of the load.
function bearsOut(species: string, declared: ReadonlySet<string>, observed: ReadonlySet<string>): DisputeIdentification['bearsOut'] {
  const key = species.trim().toLowerCase();
  if (declared.has(key)) return 'declared';
  return observed.has(key) ? 'observed' : 'neither';
}

// A scan records what it observed as `{ carried: [...] }`; an inspector's finding may hold a plain list.
function carried(observed: unknown): unknown {
  return typeof observed === 'object' && observed !== null && !Array.isArray(observed) ? (observed as { carried?: unknown }).carried : observed;
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
}

function nameKeys(list: readonly string[]): Set<string> {
  return new Set(list.map((name) => name.trim().toLowerCase()));
}
