import { isBefore } from '../guide.time.js';
import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

/** Check 2: the scan lies within the guide's validity, from its issue up to (not including) its expiry. */
export function checkTimeWindow({ scan, guide }: GuidedScan): CheckResult[] {
  const { issuedAt, expiresAt, number } = guide.issued;
  const expected = { from: issuedAt, until: expiresAt };
  if (isBefore(scan.observedAt, issuedAt)) {
    return [result('TIME_WINDOW', 'failure', expected, scan.observedAt, `Scanned at ${scan.observedAt}, before guide ${number} was issued`)];
  }
  if (!isBefore(scan.observedAt, expiresAt)) {
    return [result('TIME_WINDOW', 'failure', expected, scan.observedAt, `Scanned at ${scan.observedAt}, after guide ${number} expired at ${expiresAt}`)];
  }
  return [result('TIME_WINDOW', 'pass', expected, scan.observedAt, `Scanned within the validity of guide ${number}`)];
}
