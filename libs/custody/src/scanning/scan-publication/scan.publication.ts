import type { ShipmentFlaggedV1, ShipmentScannedV1 } from '../../integration/index.js';
import type { IssuedGuide } from '../../domain/guide.js';
import type { ShipmentScanned } from '../../domain/guide.events.js';

export type ScanIntegrationEvent = ShipmentScannedV1 | ShipmentFlaggedV1;

/** What the relay `relay.custody-scans` reads. */
export const SCAN_RELAY = { name: 'relay.custody-scans', eventTypes: ['ShipmentScanned'], streamPrefixes: ['guide-'] } as const;

/**
 * Every scan is published as `ShipmentScanned`; one whose verdict is `immobilise` also as `ShipmentFlagged`,
 * with the guide's lots and holder (none for a number never issued) and the failed checks, for the sanctions context.
 */
export function scanIntegrationEvents(scan: ShipmentScanned['data'], guide: IssuedGuide | undefined): ScanIntegrationEvent[] {
  const { guideNumber, scanId, checkpoint, authority, plate, driverId, observedAt, verdict, results } = scan;
  const scanned: ShipmentScannedV1 = {
    type: 'ShipmentScanned',
    version: 1,
    data: { guideNumber, scanId, checkpoint, authority, plate, observedAt, verdict: verdict.decision, failedRules: verdict.failed, warningRules: verdict.warnings },
  };
  if (verdict.decision !== 'immobilise') return [scanned];
  const flagged: ShipmentFlaggedV1 = {
    type: 'ShipmentFlagged',
    version: 1,
    data: {
      guideNumber,
      scanId,
      lots: guide?.lines.map((line) => line.lotId) ?? [],
      ...(guide === undefined ? {} : { holderTaxId: guide.holderTaxId }),
      checkpoint,
      authority,
      plate,
      driverId,
      observedAt,
      failedChecks: results.filter((result) => result.outcome === 'failure').map(({ rule, expected, observed, message }) => ({ rule, expected, observed, message })),
    },
  };
  return [scanned, flagged];
}
