/** Rule codes of the checks a scan runs, in check order. */
export type ScanRuleV1 =
  | 'GUIDE_VALID'
  | 'TIME_WINDOW'
  | 'VEHICLE_MATCH'
  | 'DRIVER_MATCH'
  | 'TRAJECTORY_ORDER'
  | 'SKIPPED_CHECKPOINT'
  | 'CORRIDOR'
  | 'ARRIVAL_WINDOW'
  | 'TRAVEL_TOO_FAST'
  | 'TRAVEL_TOO_SLOW'
  | 'CLONE_SIGHTING'
  | 'SPECIES_MATCH'
  | 'GENUS_LEVEL'
  | 'PIECES_MATCH'
  | 'VOLUME_MATCH'
  | 'WEIGHT_MATCH'
  | 'ORIGIN_STANDING'
  | 'ORIGIN_QUOTA'
  | 'ORIGIN_YIELD'
  | 'CITES_PERMIT'
  | 'DESTINATION';

/** `immobilise`: a check found timber without legal cover; `observations`: slips and suspicions only. */
export type ScanVerdictV1 = 'cleared' | 'observations' | 'immobilise';

/** Every scan, whatever its verdict, including scans of guide numbers never issued. */
export interface ShipmentScannedV1 {
  readonly type: 'ShipmentScanned';
  readonly version: 1;
  readonly data: {
    readonly guideNumber: string;
    readonly scanId: string;
    readonly checkpoint: string;
    readonly authority: string;
    readonly plate: string;
    /** When the checkpoint scanned the load (ISO-8601); offline scans arrive later. */
    readonly observedAt: string;
    readonly verdict: ScanVerdictV1;
    readonly failedRules: readonly ScanRuleV1[];
    readonly warningRules: readonly ScanRuleV1[];
  };
}
