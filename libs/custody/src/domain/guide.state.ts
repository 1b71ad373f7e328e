import type { Position } from '#shared-kernel';
import type { IssuedGuide, Transshipment } from './guide.js';
import type { CheckResult, ShipmentVerdict } from './scan-checks/check-result.js';
import type { ScanThresholds } from './scan-checks/scan-facts.js';

/** What a later scan needs of an earlier one, and what judging it again when a scan observed before it arrives late needs. */
export interface ScanRecord {
  readonly scanId: string;
  readonly checkpoint: string;
  readonly checkpointPosition: Position;
  readonly authority: string;
  readonly observedAt: string;
  /** The results and verdict in force: as recorded, or as last revised. */
  readonly results: readonly CheckResult[];
  readonly verdict: ShipmentVerdict;
  /** Absent on scans recorded before the thresholds were kept with them. */
  readonly thresholds?: ScanThresholds;
  /** The version of the scan rules they come from, which a warning they make of a failure cites; absent before it was kept. */
  readonly rulesVersion?: number;
  readonly lotIds: readonly string[];
}

/** Final: nothing reopens a guide. */
export type GuideClosure =
  | { readonly status: 'annulled'; readonly at: string }
  | { readonly status: 'expired'; readonly at: string }
  | { readonly status: 'delivered'; readonly at: string; readonly facilityId: string };

/** A case holding the load since a scan's verdict `immobilise`: nothing is delivered, annulled or expired while one stands. */
export interface GuideHold {
  readonly caseRef: string;
  readonly scanId: string;
  readonly checkpoint: string;
  readonly authority: string;
}

export interface GuideState {
  /** The guide asked for while its lots are being dispatched under it; the number is taken from then. */
  readonly requested?: IssuedGuide;
  /** Undefined until the guide is issued; a stream may hold scans of a number never issued. */
  readonly issued?: IssuedGuide;
  readonly closure?: GuideClosure;
  /** In observation order, whatever order they were recorded in. */
  readonly scans: readonly ScanRecord[];
  readonly holds: readonly GuideHold[];
  /** In the order they were recorded; a scan counts those that took place before it was observed. */
  readonly transshipments: readonly Transshipment[];
}

export const INITIAL_GUIDE_STATE: GuideState = { scans: [], holds: [], transshipments: [] };
