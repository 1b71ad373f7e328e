import { uuidFromName } from '#shared-kernel';
import type { ScanVerdictRevised, ShipmentScanned } from '../domain/guide.events.js';
import { holdOf } from '../domain/guide.holds.js';
import type { ScanVerdict } from '../domain/lot.js';
import type { ImmobiliseLot, RecordLotScanned, SeizeLot } from '../domain/lot.commands.js';
import { seizedProductType, seizedTimber } from '../domain/guide.undeclared.js';
import type { GuideLine } from '../domain/guide.js';
import type { VerdictDecision } from '../domain/scan-checks/check-result.js';

const LOT_VERDICT: Readonly<Record<VerdictDecision, ScanVerdict>> = { cleared: 'pass', observations: 'warning', immobilise: 'failure' };

/** How a lot records its guide's scan: cleared → pass, observations → warning, immobilise → failure. */
export function lotVerdict(decision: VerdictDecision): ScanVerdict {
  return LOT_VERDICT[decision];
}

export interface LotStep {
  readonly lotId: string;
  /** Derived from the recorded scan, so a redelivered scan replays its steps instead of repeating them. */
  readonly commandId: string;
  readonly command: RecordLotScanned | ImmobiliseLot | SeizeLot;
}

/** What a recorded scan does to each lot it saw: every lot records the scan; a scan that holds the guide immobilises each under its case. */
export function lotSteps(scanEventId: string, scan: ShipmentScanned['data'], lotIds: readonly string[]): LotStep[] {
  const { guideNumber, scanId, checkpoint, authority, observedAt: at, verdict } = scan;
  const hold = holdOf({ type: 'ShipmentScanned', data: { ...scan, lotIds } });
  return lotIds.flatMap((lotId): LotStep[] => {
    const scanned: LotStep = {
      lotId,
      commandId: uuidFromName(`${scanEventId}/lot-scanned/${lotId}`),
      command: { type: 'RecordLotScanned', data: { guideNumber, checkpoint, verdict: lotVerdict(verdict.decision), at } },
    };
    if (!hold) return [scanned];
    const reason = `Guide ${guideNumber} scanned at ${checkpoint} (scan ${scanId}) failed ${verdict.failed.join(', ')}`;
    const immobilised: LotStep = {
      lotId,
      commandId: uuidFromName(`${scanEventId}/immobilise/${lotId}`),
      command: { type: 'ImmobiliseLot', data: { caseRef: hold.caseRef, reason, authority, checkpoint, at } },
    };
    return [scanned, immobilised];
  });
}

/**
 * A scan that holds its load under the load's case seizes what it found beyond the guide, each species (and its pieces
 * seized by code) a lot of its own, of the product the guide's `lines` say it is (none when no guide was issued).
 */
export function seizureSteps(scanEventId: string, scan: ShipmentScanned['data'], lines: readonly GuideLine[]): LotStep[] {
  const { caseId, authority, checkpoint, guideNumber, scanId, observedAt: at } = scan;
  if (caseId === undefined) return [];
  return seizedTimber(scan).map(({ lotId, species, pieces, volume, basis, seizedPieces }) => {
    const productType = seizedProductType({ species, volume }, lines);
    const command: SeizeLot = {
      type: 'SeizeLot',
      data: { lotId, caseRef: caseId, authority, checkpoint, guideNumber, scanId, species, ...(productType && { productType }), pieces, volume, basis, ...(seizedPieces ? { seizedPieces } : {}), at },
    };
    return { lotId, commandId: uuidFromName(`${scanEventId}/seize/${lotId}`), command };
  });
}

/** A revision whose verdict now immobilises holds each lot the scan saw under the load's case; a lifted hold is the guide's `GuideReleased`. */
export function revisionSteps(revisionEventId: string, revision: ScanVerdictRevised['data']): LotStep[] {
  const { caseId, verdict, lotIds, guideNumber, scanId, checkpoint, authority, reason: late, at } = revision;
  if (caseId === undefined || verdict.decision !== 'immobilise') return [];
  const reason = `Guide ${guideNumber} scanned at ${checkpoint} (scan ${scanId}) failed ${verdict.failed.join(', ')} once scan ${late.scanId} at ${late.checkpoint} was recorded`;
  return lotIds.map((lotId) => ({
    lotId,
    commandId: uuidFromName(`${revisionEventId}/immobilise/${lotId}`),
    command: { type: 'ImmobiliseLot', data: { caseRef: caseId, reason, authority, checkpoint, at } },
  }));
}
