import { compareDecimals, isDecimal } from './decimal.js';
import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding, isBlank, repeatedItemFindings } from './entry-findings.js';

/** This system's own infraction codes (`INF-2021-01`): upper-case letters and digits in dash-separated parts. */
export const INFRACTION_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** The classes of the 2021 regulation; each sets the band its fines lie in. */
export const INFRACTION_CLASSES = ['leve', 'grave', 'muy_grave'] as const;
export type InfractionClass = (typeof INFRACTION_CLASSES)[number];

/** What may come with the fine. */
export const COMPLEMENTARY_MEASURES = ['confiscation', 'stop_activity', 'temporary_closure', 'definitive_closure', 'disqualification', 'permit_cancellation'] as const;
export type ComplementaryMeasure = (typeof COMPLEMENTARY_MEASURES)[number];

/** A finding's code as its context records it: a scan rule (`CORRIDOR`) or a refusal (`guide_number_reused`), one case throughout. */
export const RULE_CODE = /^([A-Z][A-Z0-9]*(_[A-Z0-9]+)*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$/;

/** The least and most a fine may be, in UIT, both included: decimal strings (`"0.10"`, `"5000"`), never floats. */
export interface UitRange {
  readonly min: string;
  readonly max: string;
}

/** One conduct of the infraction catalogue, and the findings of this system that are charged as it. */
export interface InfractionEntry extends EntryAnnotations {
  readonly code: string;
  readonly conduct: string;
  /** Where the regulation sets it: `DS 007-2021-MIDAGRI, Anexo 1, numeral 5`. */
  readonly legalReference: string;
  readonly class: InfractionClass;
  readonly fineUit: UitRange;
  readonly measures: readonly ComplementaryMeasure[];
  /** The finding codes charged as this conduct; a code maps to one conduct only. Empty for conducts only an inspection finds. */
  readonly ruleCodes: readonly string[];
}

export function infractionFindings(entries: readonly InfractionEntry[]): Finding[] {
  return [
    ...entries.flatMap((entry, index) => entryFindings(entry, index)),
    ...duplicateFindings(entries, (entry) => entry.code, 'code'),
    ...ruleCodeOwnerFindings(entries),
  ];
}

function entryFindings(entry: InfractionEntry, index: number): Finding[] {
  const found: Finding[] = [];
  if (!INFRACTION_CODE.test(entry.code)) found.push(finding(index, 'code', 'code must be upper-case letters and digits, parts joined by "-"'));
  for (const field of ['conduct', 'legalReference'] as const) {
    if (isBlank(entry[field])) found.push(finding(index, field, `${field} must not be blank`));
  }
  if (!INFRACTION_CLASSES.includes(entry.class)) found.push(finding(index, 'class', `class must be one of ${INFRACTION_CLASSES.join(', ')}`));
  found.push(...fineFindings(entry.fineUit, index));
  entry.measures.forEach((measure, n) => {
    if (!COMPLEMENTARY_MEASURES.includes(measure)) found.push(finding(index, `measures.${n}`, `a measure must be one of ${COMPLEMENTARY_MEASURES.join(', ')}`));
  });
  entry.ruleCodes.forEach((code, n) => {
    if (!RULE_CODE.test(code)) found.push(finding(index, `ruleCodes.${n}`, 'a rule code must be upper-case or lower-case words joined by "_", such as CORRIDOR or guide_number_reused'));
  });
  return [...found, ...repeatedItemFindings(entry.measures, index, 'measures'), ...repeatedItemFindings(entry.ruleCodes, index, 'ruleCodes')];
}

function fineFindings(fine: UitRange, index: number): Finding[] {
  const malformed = (['min', 'max'] as const).filter((bound) => !isDecimal(fine[bound]));
  if (malformed.length > 0) {
    return malformed.map((bound) => finding(index, `fineUit.${bound}`, `fineUit.${bound} must be a decimal of UIT written as a string, such as "0.10" or "5000"`));
  }
  return compareDecimals(fine.min, fine.max) > 0 ? [finding(index, 'fineUit.max', 'fineUit.max must not be below fineUit.min')] : [];
}

// A finding charged as two conducts would leave the case to whichever entry came first.
function ruleCodeOwnerFindings(entries: readonly InfractionEntry[]): Finding[] {
  const owner = new Map<string, number>();
  return entries.flatMap((entry, index) =>
    entry.ruleCodes.flatMap((code, n) => {
      const first = owner.get(code);
      if (first === undefined) owner.set(code, index);
      if (first === undefined || first === index) return [];
      return [finding(index, `ruleCodes.${n}`, `rule code ${code} already maps to entries.${first}: a rule code maps to one conduct`)];
    }),
  );
}

export function findInfraction(entries: readonly InfractionEntry[], code: string): InfractionEntry | undefined {
  return entries.find((entry) => entry.code === code);
}

/** The conduct a finding is charged as: the entry whose rule codes name it. */
export function infractionForRule(entries: readonly InfractionEntry[], ruleCode: string): InfractionEntry | undefined {
  return entries.find((entry) => entry.ruleCodes.includes(ruleCode));
}
