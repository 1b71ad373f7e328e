import { type CheckResult, result } from './check-result.js';
import type { ScanContext } from './scan-context.js';

const CLOSED = {
  annulled: 'was annulled at',
  expired: 'expired at',
  delivered: 'covers one trip only and was delivered at',
} as const;

/** Check 1: a registered guide, still open when the scan was observed; otherwise the timber moves without a valid guide. */
export function checkGuideValid({ scan, guide }: ScanContext): CheckResult[] {
  if (!guide) {
    return [result('GUIDE_VALID', 'failure', { status: 'issued' }, { status: 'unknown' }, `No guide was issued under number ${scan.guideNumber}: the timber moves without a valid guide`)];
  }
  const { standing, issued } = guide;
  const expected = { status: 'issued', registrationNumber: issued.registrationNumber };
  if (standing.status === 'issued') return [result('GUIDE_VALID', 'pass', expected, expected, `Guide ${issued.number} is registered and open`)];
  return [
    result(
      'GUIDE_VALID',
      'failure',
      expected,
      { status: standing.status, since: standing.since },
      `Guide ${issued.number} ${CLOSED[standing.status]} ${standing.since}: the timber moves without a valid guide`,
    ),
  ];
}
