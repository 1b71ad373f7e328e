import type { ScanLogRow } from './scan-log.projection.js';

/** Every scan recorded, as custody reads scans across guides: eventually consistent, milliseconds behind. */
export interface ScanLog {
  /** The scans at a checkpoint, the latest observed first. */
  recentAt(checkpoint: string, limit: number): Promise<ScanLogRow[]>;
  /** Scans of a plate (as plates are matched) or of a guide number observed within the UTC bounds, inclusive, the earliest first. */
  seen(of: { readonly plateKey: string; readonly guideNumber: string }, within: { readonly from: string; readonly to: string }, limit: number): Promise<ScanLogRow[]>;
}

/** Injection token of the scan log: `@Inject(SCAN_LOG) log: ScanLog`. */
export const SCAN_LOG = Symbol('ScanLog');
