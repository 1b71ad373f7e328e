import { SCAN_CHECKS, type ScanCheck } from '#shared-kernel';
import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding } from './entry-findings.js';
import { ALWAYS_FAILING, RULE_OUTCOMES, type RuleOutcome } from './scan-check-outcomes.js';

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

const THRESHOLDS = Object.keys(NUMERIC_RULES) as (keyof typeof NUMERIC_RULES)[];

/**
 * The rules a checkpoint scan applies, each published once per version: the thresholds, and the outcome of each check's
 * failing result. `driverMismatch` is the driver's outcome in versions that set no check's outcome (version 1).
 */
export const SCAN_RULES = [...THRESHOLDS, ...SCAN_CHECKS, 'driverMismatch'] as const;
export type ScanRule = (typeof SCAN_RULES)[number];

export interface ScanRuleEntry extends EntryAnnotations {
  readonly rule: ScanRule;
  /** A number for a tolerance or bound; `warning` or `failure` for a check's outcome. */
  readonly value: number | RuleOutcome;
}

export function scanRuleFindings(entries: readonly ScanRuleEntry[]): Finding[] {
  const named = new Set(entries.map((entry) => entry.rule));
  const driverMismatch = entries.findIndex((entry) => entry.rule === 'driverMismatch');
  const outcomes = driverMismatch === -1 ? SCAN_CHECKS : ['driverMismatch'];
  const missing = [...THRESHOLDS, ...outcomes].filter((rule) => !named.has(rule as ScanRule));
  return [
    ...entries.flatMap((entry, index) => valueFindings(entry, index)),
    ...duplicateFindings(entries, (entry) => entry.rule, 'rule'),
    ...(driverMismatch !== -1 && SCAN_CHECKS.some((check) => named.has(check)) ? [finding(driverMismatch, 'rule', "driverMismatch goes with no check's outcome: set DRIVER_MATCH instead")] : []),
    ...(missing.length > 0 ? [{ path: 'entries', message: `entries must set every scan rule; missing ${missing.join(', ')}` }] : []),
  ];
}

function valueFindings({ rule, value }: ScanRuleEntry, index: number): Finding[] {
  if (!SCAN_RULES.includes(rule)) return [finding(index, 'rule', `rule must be one of ${SCAN_RULES.join(', ')}`)];
  if (rule === 'driverMismatch' || SCAN_CHECKS.includes(rule as ScanCheck)) return outcomeFindings(rule, value, index);
  const { above0, whole } = NUMERIC_RULES[rule as keyof typeof NUMERIC_RULES];
  const fits = typeof value === 'number' && Number.isFinite(value) && (above0 ? value > 0 : value >= 0) && (!whole || Number.isInteger(value));
  return fits ? [] : [finding(index, 'value', `value of ${rule} must be a ${whole ? 'whole ' : ''}number ${above0 ? 'above 0' : 'of 0 or more'}`)];
}

function outcomeFindings(rule: ScanRule, value: ScanRuleEntry['value'], index: number): Finding[] {
  if (!RULE_OUTCOMES.includes(value as RuleOutcome)) return [finding(index, 'value', `value of ${rule} must be one of ${RULE_OUTCOMES.join(', ')}`)];
  if (value === 'warning' && ALWAYS_FAILING.includes(rule as ScanCheck)) return [finding(index, 'value', `value of ${rule} must be failure: no version makes it an observation`)];
  return [];
}
