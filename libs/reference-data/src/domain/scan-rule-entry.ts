import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';

/** An outcome a check may be given: an observation, or a failure that immobilises. */
export const RULE_OUTCOMES = ['warning', 'failure'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

/** What a tolerance or bound may be: 0 allowed, or above 0 because it divides or bounds a search. */
const NUMERIC_RULES = {
  volumeTolerancePercent: { above0: false, whole: false },
  pieceTolerance: { above0: false, whole: true },
  weightTolerancePercent: { above0: false, whole: false },
  maximumSpeedKmPerHour: { above0: true, whole: false },
  maximumDwellHours: { above0: true, whole: false },
  corridorWidthKm: { above0: true, whole: false },
  sightingWindowHours: { above0: true, whole: false },
} as const;

/** The rules a checkpoint scan applies, each published once per version. */
export const SCAN_RULES = [...(Object.keys(NUMERIC_RULES) as (keyof typeof NUMERIC_RULES)[]), 'driverMismatch'] as const;
export type ScanRule = (typeof SCAN_RULES)[number];

export interface ScanRuleEntry extends EntryAnnotations {
  readonly rule: ScanRule;
  /** A number for a tolerance or bound; `warning` or `failure` for an outcome (`driverMismatch`). */
  readonly value: number | RuleOutcome;
}

export function scanRuleFindings(entries: readonly ScanRuleEntry[]): Finding[] {
  const named = new Set(entries.map((entry) => entry.rule));
  const missing = SCAN_RULES.filter((rule) => !named.has(rule));
  return [
    ...entries.flatMap((entry, index) => valueFindings(entry, index)),
    ...duplicateFindings(entries, (entry) => entry.rule, 'rule'),
    ...(missing.length > 0 ? [{ path: 'entries', message: `entries must set every scan rule; missing ${missing.join(', ')}` }] : []),
  ];
}

function valueFindings({ rule, value }: ScanRuleEntry, index: number): Finding[] {
  if (!SCAN_RULES.includes(rule)) return [finding(index, 'rule', `rule must be one of ${SCAN_RULES.join(', ')}`)];
  if (rule === 'driverMismatch') return RULE_OUTCOMES.includes(value as RuleOutcome) ? [] : [finding(index, 'value', `value of ${rule} must be one of ${RULE_OUTCOMES.join(', ')}`)];
  const { above0, whole } = NUMERIC_RULES[rule];
  const fits = typeof value === 'number' && Number.isFinite(value) && (above0 ? value > 0 : value >= 0) && (!whole || Number.isInteger(value));
  return fits ? [] : [finding(index, 'value', `value of ${rule} must be a ${whole ? 'whole ' : ''}number ${above0 ? 'above 0' : 'of 0 or more'}`)];
}
