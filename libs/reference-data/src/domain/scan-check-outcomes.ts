import { SCAN_CHECKS, type ScanCheck } from '#shared-kernel';

/** An outcome a failing check may be given: an observation, or a failure that immobilises. */
export const RULE_OUTCOMES = ['warning', 'failure'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

/** Timber moving without a valid guide has no legal cover by law, whatever a threshold says: no version makes it an observation. */
export const ALWAYS_FAILING: readonly ScanCheck[] = ['GUIDE_VALID'];

/** What a version makes of each check's failing result; the version is validated to set each once, or `driverMismatch` alone. */
export function checkOutcomes(entries: readonly { readonly rule: string; readonly value: unknown }[]): Readonly<Record<ScanCheck, RuleOutcome>> {
  const value = new Map(entries.map((entry) => [entry.rule, entry.value]));
  const driverMismatch = value.get('driverMismatch') as RuleOutcome | undefined;
  const outcomeOf = (check: ScanCheck): RuleOutcome => {
    if (driverMismatch === undefined) return value.get(check) as RuleOutcome;
    // A version that set `driverMismatch` instead: every check immobilised but the driver's, as it said, and the arrival window, a plan.
    if (check === 'DRIVER_MATCH') return driverMismatch;
    return check === 'ARRIVAL_WINDOW' ? 'warning' : 'failure';
  };
  return Object.fromEntries(SCAN_CHECKS.map((check) => [check, outcomeOf(check)])) as Record<ScanCheck, RuleOutcome>;
}
