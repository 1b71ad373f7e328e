import { sweepIntervalMs } from './guide-expiry/sweep-interval.js';
import { type ScanSettings, scanSettings } from './scanning/settings/scan-settings.js';

/** What custody reads from the environment: the scan checks' thresholds and how often open guides are swept for expiry. */
export interface CustodySettings {
  readonly scans: ScanSettings;
  readonly guideExpirySweepMs: number;
}

/** Read with the app's configuration, at start: a bad value stops the boot. */
export function custodySettings(env: NodeJS.ProcessEnv): CustodySettings {
  return { scans: scanSettings(env), guideExpirySweepMs: sweepIntervalMs(env) };
}
