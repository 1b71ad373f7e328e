import { checkOutcomes, type PublishedReferenceVersion } from '#reference-data/integration';
import { RULES } from '../../domain/scan-checks/check-result.js';
import type { ScanThresholds } from '../../domain/scan-checks/scan-facts.js';

/** The published scan rules a scan applies: the thresholds and outcomes its checks judge by, the sightings window, and their version. */
export interface ScanRules {
  readonly version: number;
  readonly thresholds: ScanThresholds;
  readonly sightingWindowHours: number;
}

/** The rules of a published version; the version is validated to set each rule once, to a value of its kind. */
export function scanRulesOf(published: PublishedReferenceVersion<'scan-rules'>): ScanRules {
  const value = new Map(published.entries.map((entry) => [entry.rule, entry.value]));
  const number = (rule: Parameters<typeof value.get>[0]) => value.get(rule) as number;
  const outcomes = checkOutcomes(published.entries);
  return {
    version: published.version,
    thresholds: {
      volumeTolerancePercent: number('volumeTolerancePercent'),
      pieceTolerance: number('pieceTolerance'),
      weightTolerancePercent: number('weightTolerancePercent'),
      maximumSpeedKmPerHour: number('maximumSpeedKmPerHour'),
      maximumDwellHours: number('maximumDwellHours'),
      corridorWidthKm: number('corridorWidthKm'),
      failingAsWarning: RULES.filter((rule) => outcomes[rule] === 'warning'),
    },
    sightingWindowHours: number('sightingWindowHours'),
  };
}
