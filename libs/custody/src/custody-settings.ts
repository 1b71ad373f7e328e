import type { ScanSettings } from './scanning/settings/scan-settings.js';

/** What custody is configured with, read by the app at start and passed to `CustodyModule.forRoot`. */
export interface CustodySettings {
  readonly scans: ScanSettings;
  /** How often open guides are swept for expiry, in milliseconds. */
  readonly guideExpirySweepMs: number;
}
