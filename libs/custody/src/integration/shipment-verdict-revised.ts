import type { ScanRuleV1, ScanVerdictV1 } from './shipment-scanned.js';

/**
 * A scan observed before this one was recorded after it, and this one's verdict changed when judged again on the
 * completed trip. A verdict that now immobilises is also published as `ShipmentFlagged`; one that no longer does
 * lifts custody's hold when no other scan justifies it.
 */
export interface ShipmentVerdictRevisedV1 {
  readonly type: 'ShipmentVerdictRevised';
  readonly version: 1;
  readonly data: {
    readonly guideNumber: string;
    readonly scanId: string;
    readonly checkpoint: string;
    readonly authority: string;
    readonly observedAt: string;
    readonly previous: { readonly verdict: ScanVerdictV1; readonly failedRules: readonly ScanRuleV1[]; readonly warningRules: readonly ScanRuleV1[] };
    readonly verdict: ScanVerdictV1;
    readonly failedRules: readonly ScanRuleV1[];
    readonly warningRules: readonly ScanRuleV1[];
    /** The late scan that completed the picture. */
    readonly revisedBy: { readonly scanId: string; readonly checkpoint: string; readonly observedAt: string };
    /** The load's case, when the revised verdict immobilises. */
    readonly caseId?: string;
    readonly at: string;
  };
}
