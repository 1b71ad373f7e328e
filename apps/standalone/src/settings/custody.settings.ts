import type { CustodySettings } from '#custody';
import { decimal, integer } from './setting-kinds.js';
import { setting, type Values } from './setting.js';

/** How the server takes scans and sweeps expired guides; what a scan is judged by is published reference data (`scan-rules`). */
export const CUSTODY_SETTINGS = {
  clockSkewSeconds: setting({ name: 'SCAN_CLOCK_SKEW_SECONDS', fallback: '300', meaning: 'seconds a scan’s `observedAt` may run ahead of the server clock', ...decimal({ above0: false, whole: true }) }),
  factsFreshForMs: setting({
    name: 'SCAN_FACTS_FRESH_MS',
    fallback: '1000',
    meaning: 'ms: origin and destination registers and a plan’s guides read this recently are not read again for a scan (0: every scan reads them)',
    ...decimal({ above0: false, whole: true }),
  }),
  guidesRemembered: setting({
    name: 'SCAN_GUIDES_REMEMBERED',
    fallback: '2000',
    meaning: 'guides whose stream a scan keeps in memory, the ones scanned last (~7 KB a scan held; 0: every scan reads its guide)',
    ...decimal({ above0: false, whole: true }),
  }),
  // setInterval runs a longer interval at once, and then every millisecond.
  guideExpirySweepMs: setting({ name: 'GUIDE_EXPIRY_SWEEP_MS', fallback: '60000', meaning: 'ms between two sweeps of the open guides for expiry', ...integer(1000, 2_147_483_647, 'milliseconds') }),
} as const;

export function custodySettings(values: Values<typeof CUSTODY_SETTINGS>): CustodySettings {
  return {
    scans: { clockSkewMs: values.clockSkewSeconds * 1000, factsFreshForMs: values.factsFreshForMs, guidesRemembered: values.guidesRemembered },
    guideExpirySweepMs: values.guideExpirySweepMs,
  };
}
