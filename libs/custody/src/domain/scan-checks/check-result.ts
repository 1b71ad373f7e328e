import { SCAN_CHECKS, type ScanCheck } from '#shared-kernel';

/** Every rule a scan is judged on, in the order domain.md lists the checks. */
export const RULES = SCAN_CHECKS;
export type RuleCode = ScanCheck;

/**
 * `failure` means the timber lacks legal cover (it immobilises the load); `warning` is a documentary
 * slip or a suspicion worth recording (an observation).
 */
export type CheckOutcome = 'pass' | 'warning' | 'failure';

/** Evidence as JSON data, so a result reads the same in the event store, on the bus and in an infraction case. */
export type CheckValue = string | number | boolean | null | readonly CheckValue[] | { readonly [key: string]: CheckValue };

export interface CheckResult {
  readonly rule: RuleCode;
  readonly outcome: CheckOutcome;
  /** What the guide, its trajectory, the reference data or the origin's standing call for. */
  readonly expected: CheckValue;
  /** What the checkpoint found. */
  readonly observed: CheckValue;
  readonly message: string;
  /** On a failing result the published scan rules make an observation: the version that does. */
  readonly downgradedBy?: { readonly rulesVersion: number };
}

export function result(rule: RuleCode, outcome: CheckOutcome, expected: CheckValue, observed: CheckValue, message: string): CheckResult {
  return { rule, outcome, expected, observed, message };
}

/** What the scan means for the load: `immobilise` on any failure, `observations` on warnings only. */
export type VerdictDecision = 'cleared' | 'observations' | 'immobilise';

export interface ShipmentVerdict {
  readonly decision: VerdictDecision;
  /** Rules that failed, each once, in check order. */
  readonly failed: readonly RuleCode[];
  /** Rules that warned, each once, in check order. */
  readonly warnings: readonly RuleCode[];
}
