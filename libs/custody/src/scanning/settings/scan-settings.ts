/** Injection token of the scan settings, read once at start. */
export const SCAN_SETTINGS = Symbol('ScanSettings');

/** How the server takes scans, given by the app (its README's configuration table holds the defaults); what a scan is judged by is published reference data (`scan-rules`). */
export interface ScanSettings {
  /** How far a device clock may run ahead of the server's: an observation later than that is refused. */
  readonly clockSkewMs: number;
  /** A register or plan's guides read this recently is not read again for a scan: another process's news is seen this late at most. */
  readonly factsFreshForMs: number;
  /** Guides whose stream a scan keeps in memory as it left it, decided on without a read (the ones scanned last; 0: none). */
  readonly guidesRemembered: number;
}
