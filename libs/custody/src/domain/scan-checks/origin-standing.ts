import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

/** Check 7: the origin still stands: an active permit with a plan valid at the observation time, or an authorised processor. */
export function checkOriginStanding({ guide }: GuidedScan): CheckResult[] {
  const { origin } = guide;
  if (origin.kind === 'processor') {
    const observed = { authorised: origin.authorised };
    if (origin.authorised) return [result('ORIGIN_STANDING', 'pass', { authorised: true }, observed, 'The processor of origin is authorised')];
    return [result('ORIGIN_STANDING', 'failure', { authorised: true }, observed, 'The processor of origin is not authorised: its products have no legal cover')];
  }
  const expected = { permitActive: true, planValid: true };
  const observed = { permitActive: origin.permitActive, planValid: origin.planValid };
  if (origin.permitActive && origin.planValid) return [result('ORIGIN_STANDING', 'pass', expected, observed, 'The permit of origin is active and its plan valid')];
  const lapsed = [...(origin.permitActive ? [] : ['the permit is not active']), ...(origin.planValid ? [] : ['the plan is not valid'])];
  return [result('ORIGIN_STANDING', 'failure', expected, observed, `At the scan ${lapsed.join(' and ')}: the timber has no legal origin`)];
}
