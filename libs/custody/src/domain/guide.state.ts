import type { Position } from '#shared-kernel';
import type { IssuedGuide } from './guide.js';
import type { ShipmentVerdict } from './scan-checks/check-result.js';

/** What a later scan needs of an earlier one, and the verdict a repeated scan id answers with. */
export interface ScanRecord {
  readonly scanId: string;
  readonly checkpoint: string;
  readonly checkpointPosition: Position;
  readonly observedAt: string;
  readonly verdict: ShipmentVerdict;
}

/** Final: nothing reopens a guide. */
export type GuideClosure =
  | { readonly status: 'annulled'; readonly at: string }
  | { readonly status: 'expired'; readonly at: string }
  | { readonly status: 'delivered'; readonly at: string; readonly facilityId: string };

export interface GuideState {
  /** Undefined until the guide is issued; a stream may hold scans of a number never issued. */
  readonly issued?: IssuedGuide;
  readonly closure?: GuideClosure;
  /** In observation order, whatever order they were recorded in. */
  readonly scans: readonly ScanRecord[];
}

export const INITIAL_GUIDE_STATE: GuideState = { scans: [] };
