/**
 * The checks a checkpoint scan runs, by the code their results carry, in the order domain.md lists them: custody
 * runs them, and reference data publishes what a failing one means.
 */
export const SCAN_CHECKS = [
  'GUIDE_VALID',
  'TIME_WINDOW',
  'VEHICLE_MATCH',
  'DRIVER_MATCH',
  'TRAJECTORY_ORDER',
  'SKIPPED_CHECKPOINT',
  'CORRIDOR',
  'ARRIVAL_WINDOW',
  'TRAVEL_TOO_FAST',
  'TRAVEL_TOO_SLOW',
  'CLONE_SIGHTING',
  'SPECIES_MATCH',
  'GENUS_LEVEL',
  'PIECES_MATCH',
  'VOLUME_MATCH',
  'WEIGHT_MATCH',
  'ORIGIN_STANDING',
  'ORIGIN_QUOTA',
  'ORIGIN_YIELD',
  'CITES_PERMIT',
  'DESTINATION',
] as const;
export type ScanCheck = (typeof SCAN_CHECKS)[number];
