import type { CheckResult } from './check-result.js';
import type { ScanFacts } from './scan-facts.js';

/**
 * The checks judge a finding failing or not; the published scan rules say what a failing one does. A failure of a check
 * they make a warning is recorded as an observation, citing the version that makes it one.
 */
export function applyPublishedOutcomes(results: readonly CheckResult[], { thresholds, rulesVersion }: Pick<ScanFacts, 'thresholds' | 'rulesVersion'>): CheckResult[] {
  const asWarning = new Set(thresholds.failingAsWarning ?? []);
  return results.map((checked): CheckResult => (checked.outcome === 'failure' && asWarning.has(checked.rule) ? { ...checked, outcome: 'warning', downgradedBy: { rulesVersion } } : checked));
}
