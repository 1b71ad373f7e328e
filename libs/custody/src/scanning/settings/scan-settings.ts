import type { ScanThresholds } from '../../domain/scan-checks/scan-facts.js';

/** Injection token of the scan settings, read once at start. */
export const SCAN_SETTINGS = Symbol('ScanSettings');

/** The scan checks' configuration, given by the app (its README's configuration table holds the defaults). */
export interface ScanSettings {
  readonly thresholds: ScanThresholds;
  /** How far a device clock may run ahead of the server's: an observation later than that is refused. */
  readonly clockSkewMs: number;
  /** Sightings of the plate or guide number are looked for this many hours either side of the observation. */
  readonly sightingWindowHours: number;
  /** A register or plan's guides read this recently is not read again for a scan: another process's news is seen this late at most. */
  readonly factsFreshForMs: number;
}
