import type { Projection } from '#projections';
import type { Position } from '#shared-kernel';
import type { ShipmentScanned } from '../../domain/guide.events.js';
import { plateKey } from '../../domain/guide.names.js';
import type { RuleCode, VerdictDecision } from '../../domain/scan-checks/check-result.js';

/** One recorded scan, for the checkpoint's recent scans and for sightings of a plate or guide number elsewhere. */
export type ScanLogRow = {
  readonly scanId: string;
  readonly guideNumber: string;
  readonly checkpoint: string;
  readonly authority: string;
  /** The checkpoint's registered position. */
  readonly checkpointPosition: Position;
  readonly plate: string;
  /** The plate without spaces, dashes or case, as plates are matched. */
  readonly plateKey: string;
  readonly driverId: string;
  readonly observedAt: string;
  /** `observedAt` in UTC, so that text order is time order in queries. */
  readonly observedAtUtc: string;
  readonly recordedAt: string;
  readonly verdict: VerdictDecision;
  readonly failed: readonly RuleCode[];
  readonly warnings: readonly RuleCode[];
};

/** Async: every scan recorded on custody's guide streams, one row per recorded event. */
export const scanLogProjection: Projection<ScanLogRow, ShipmentScanned> = {
  name: 'custody_scan_log',
  lifecycle: 'async',
  version: 1,
  eventTypes: ['ShipmentScanned'] satisfies ShipmentScanned['type'][],
  // Sightings of a plate or a guide number, and a checkpoint's recent scans, each within a time range.
  lookups: [
    ['plateKey', 'observedAtUtc'],
    ['guideNumber', 'observedAtUtc'],
    ['checkpoint', 'observedAtUtc'],
  ],
  keys: (event) => (event.streamId.startsWith('guide-') ? [event.id] : []),
  evolve: (_row, event) => scanLogRow(event),
};

export function scanLogRow({ data }: ShipmentScanned): ScanLogRow {
  return {
    scanId: data.scanId,
    guideNumber: data.guideNumber,
    checkpoint: data.checkpoint,
    authority: data.authority,
    checkpointPosition: data.checkpointPosition,
    plate: data.plate,
    plateKey: plateKey(data.plate),
    driverId: data.driverId,
    observedAt: data.observedAt,
    observedAtUtc: new Date(data.observedAt).toISOString(),
    recordedAt: data.recordedAt,
    verdict: data.verdict.decision,
    failed: data.verdict.failed,
    warnings: data.verdict.warnings,
  };
}
