import type { ScanThresholds } from '../../domain/scan-checks/scan-facts.js';

/** Injection token of the scan settings, read once at start. */
export const SCAN_SETTINGS = Symbol('ScanSettings');

export interface ScanSettings {
  readonly thresholds: ScanThresholds;
  /** How far a device clock may run ahead of the server's: an observation later than that is refused. */
  readonly clockSkewMs: number;
  /** Sightings of the plate or guide number are looked for this many hours either side of the observation. */
  readonly sightingWindowHours: number;
  /** A register or plan's guides read this recently is not read again for a scan: another process's news is seen this late at most. */
  readonly factsFreshForMs: number;
}

interface Setting {
  readonly variable: string;
  readonly fallback: number;
  /** Thresholds that divide (speed) or bound a search (window) must be above 0; tolerances may be 0. */
  readonly positive: boolean;
  readonly integer?: boolean;
}

// Configuration, never law: no published numeric rule exists for these (domain.md, check 5).
const SETTINGS = {
  volumeTolerancePercent: { variable: 'SCAN_VOLUME_TOLERANCE_PERCENT', fallback: 5, positive: false },
  pieceTolerance: { variable: 'SCAN_PIECE_TOLERANCE', fallback: 2, positive: false, integer: true },
  weightTolerancePercent: { variable: 'SCAN_WEIGHT_TOLERANCE_PERCENT', fallback: 10, positive: false },
  maximumSpeedKmPerHour: { variable: 'SCAN_MAX_SPEED_KMH', fallback: 80, positive: true },
  maximumDwellHours: { variable: 'SCAN_MAX_DWELL_HOURS', fallback: 12, positive: true },
  corridorWidthKm: { variable: 'SCAN_CORRIDOR_WIDTH_KM', fallback: 10, positive: true },
  clockSkewSeconds: { variable: 'SCAN_CLOCK_SKEW_SECONDS', fallback: 300, positive: false, integer: true },
  sightingWindowHours: { variable: 'SCAN_SIGHTING_WINDOW_HOURS', fallback: 48, positive: true },
  factsFreshForMs: { variable: 'SCAN_FACTS_FRESH_MS', fallback: 1000, positive: false, integer: true },
} as const satisfies Record<string, Setting>;

/** The defaults, overridden by environment variables; a bad value stops the start. */
export function scanSettings(env: NodeJS.ProcessEnv): ScanSettings {
  const read = (setting: Setting) => numberSetting(env, setting);
  return {
    thresholds: {
      volumeTolerancePercent: read(SETTINGS.volumeTolerancePercent),
      pieceTolerance: read(SETTINGS.pieceTolerance),
      weightTolerancePercent: read(SETTINGS.weightTolerancePercent),
      maximumSpeedKmPerHour: read(SETTINGS.maximumSpeedKmPerHour),
      maximumDwellHours: read(SETTINGS.maximumDwellHours),
      corridorWidthKm: read(SETTINGS.corridorWidthKm),
    },
    clockSkewMs: read(SETTINGS.clockSkewSeconds) * 1000,
    sightingWindowHours: read(SETTINGS.sightingWindowHours),
    factsFreshForMs: read(SETTINGS.factsFreshForMs),
  };
}

function numberSetting(env: NodeJS.ProcessEnv, { variable, fallback, positive, integer = false }: Setting): number {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  const valid = /^\d+(\.\d+)?$/.test(text) && (!integer || Number.isInteger(value)) && (positive ? value > 0 : value >= 0);
  if (!valid) throw new Error(`${variable} must be ${integer ? 'a whole number' : 'a number'}${positive ? ' above 0' : ', 0 or more'}, got "${text}"`);
  return value;
}
