import type { CustodySettings } from '#custody';
import { decimal, integer, oneOf } from './setting-kinds.js';
import { setting, type Values } from './setting.js';

/** The scan checks' thresholds (configuration, never law: no published numeric rule exists for them) and the guide expiry sweep. */
export const CUSTODY_SETTINGS = {
  volumeTolerancePercent: setting({ name: 'SCAN_VOLUME_TOLERANCE_PERCENT', fallback: '5', meaning: 'a scan matches m³ per declared species within ± this %', ...decimal({ above0: false }) }),
  pieceTolerance: setting({ name: 'SCAN_PIECE_TOLERANCE', fallback: '0', meaning: 'a scan matches pieces per declared species within ± this many', ...decimal({ above0: false, whole: true }) }),
  weightTolerancePercent: setting({ name: 'SCAN_WEIGHT_TOLERANCE_PERCENT', fallback: '10', meaning: 'a scale weight matches declared m³ × green density within ± this %', ...decimal({ above0: false }) }),
  // Thresholds that divide (speed) or bound a search (window, corridor) must be above 0; tolerances may be 0.
  maximumSpeedKmPerHour: setting({ name: 'SCAN_MAX_SPEED_KMH', fallback: '80', meaning: 'km/h: faster between two sightings means a cloned guide or plate', ...decimal({ above0: true }) }),
  maximumDwellHours: setting({ name: 'SCAN_MAX_DWELL_HOURS', fallback: '12', meaning: 'hours beyond the driving time between two places before a guide counts as reused', ...decimal({ above0: true }) }),
  corridorWidthKm: setting({ name: 'SCAN_CORRIDOR_WIDTH_KM', fallback: '10', meaning: 'km: the corridor of a guide registered without one', ...decimal({ above0: true }) }),
  driverMismatch: setting({ name: 'SCAN_DRIVER_MISMATCH', fallback: 'warning', meaning: 'what a driver named neither on the guide nor on a transshipment is: an observation (warning) or a failure that immobilises', ...oneOf(['warning', 'failure'] as const) }),
  clockSkewSeconds: setting({ name: 'SCAN_CLOCK_SKEW_SECONDS', fallback: '300', meaning: 'seconds a scan’s `observedAt` may run ahead of the server clock', ...decimal({ above0: false, whole: true }) }),
  sightingWindowHours: setting({ name: 'SCAN_SIGHTING_WINDOW_HOURS', fallback: '48', meaning: 'hours either side of a scan searched for sightings of its plate or guide', ...decimal({ above0: true }) }),
  factsFreshForMs: setting({
    name: 'SCAN_FACTS_FRESH_MS',
    fallback: '1000',
    meaning: 'ms: origin and destination registers and a plan’s guides read this recently are not read again for a scan (0: every scan reads them)',
    ...decimal({ above0: false, whole: true }),
  }),
  // setInterval runs a longer interval at once, and then every millisecond.
  guideExpirySweepMs: setting({ name: 'GUIDE_EXPIRY_SWEEP_MS', fallback: '60000', meaning: 'ms between two sweeps of the open guides for expiry', ...integer(1000, 2_147_483_647, 'milliseconds') }),
} as const;

export function custodySettings(values: Values<typeof CUSTODY_SETTINGS>): CustodySettings {
  return {
    scans: {
      thresholds: {
        volumeTolerancePercent: values.volumeTolerancePercent,
        pieceTolerance: values.pieceTolerance,
        weightTolerancePercent: values.weightTolerancePercent,
        maximumSpeedKmPerHour: values.maximumSpeedKmPerHour,
        maximumDwellHours: values.maximumDwellHours,
        corridorWidthKm: values.corridorWidthKm,
        driverMismatch: values.driverMismatch,
      },
      clockSkewMs: values.clockSkewSeconds * 1000,
      sightingWindowHours: values.sightingWindowHours,
      factsFreshForMs: values.factsFreshForMs,
    },
    guideExpirySweepMs: values.guideExpirySweepMs,
  };
}
