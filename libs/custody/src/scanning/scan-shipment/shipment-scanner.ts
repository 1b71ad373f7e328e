import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { RequestValidationFailed, requestDigest } from '#http';
import { type Actor, DomainError, eventOfType, IdempotencyKeyReused, type PendingCommand, RememberedSights, type StreamStore, uuidFromName } from '#shared-kernel';
import type { GuideCommand } from '../../domain/guide.commands.js';
import { guideStream, type RecordedGuideEvent } from '../../domain/guide.decider.js';
import { ScanFactsMismatch } from '../../domain/guide.errors.js';
import type { GuideEvent } from '../../domain/guide.events.js';
import type { GuideState } from '../../domain/guide.state.js';
import { ScanFactsGatherer } from '../scan-facts/scan-facts.gatherer.js';
import { SCAN_SETTINGS, type ScanSettings } from '../settings/scan-settings.js';
import { type ScanAnswer, scanAnswer } from './scan-answer.js';
import type { CheckedPieceDto, ScanShipmentDto } from './scan-shipment.dto.js';
import type { CheckedPiece } from '../../domain/piece-list.js';
import { dimensionsOf } from '../../dtos/piece.dto.js';

/** The command id of a scan: from the device's scan id and the checkpoint, so a resend is recognised whoever sends it. */
export function scanCommandId(checkpoint: string, scanId: string): string {
  return uuidFromName(`custody/scan/${checkpoint}/${scanId}`);
}

/** Scan ids are the device's: one used at another checkpoint for this guide is another device's scan. */
export class ScanIdTaken extends DomainError {
  constructor(scanId: string, guideNumber: string, checkpoint: string) {
    super('conflict', 'scan_id_taken', `Scan ${scanId} of guide ${guideNumber} was already recorded at checkpoint ${checkpoint}`, { scanId, guideNumber, checkpoint });
  }
}

/** The scan id was recorded at this checkpoint for another observation: answering the first verdict would drop this one unseen. */
export class ScanIdReused extends DomainError {
  constructor(scanId: string, checkpoint: string) {
    super('conflict', 'scan_id_reused', `Scan ${scanId} was already recorded at checkpoint ${checkpoint} with another observation; a new observation needs a new scan id`, {
      scanId,
      checkpoint,
    });
  }
}

/**
 * Judges one scan at a checkpoint: gathers the facts as they stood at the observation time and sends
 * `ScanShipment` to the guide's stream, which records it whatever the guide's state. A resent scan answers the
 * verdict recorded the first time and records nothing; the same scan id with another observation is refused (409).
 */
@Injectable()
export class ShipmentScanner {
  /** A guide is scanned again and again down the road: its stream is not read and parsed whole for each scan. */
  private readonly guides: RememberedSights<GuideEvent, GuideState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(SCAN_SETTINGS) private readonly settings: ScanSettings,
    private readonly facts: ScanFactsGatherer,
  ) {
    this.guides = new RememberedSights(settings.guidesRemembered);
  }

  /** `path` names the scan in the request, for field errors (`observedAt` alone, or `scans.3.observedAt` in a batch). */
  async scan(checkpoint: string, request: ScanShipmentDto, actor: Actor, now: Date, path = ''): Promise<ScanAnswer> {
    this.assertNotInFuture(request.observedAt, now, path);
    const id = scanCommandId(checkpoint, request.scanId);
    const scan = { ...observation(request), checkpoint };
    // A device clock a little ahead of ours must not make the scan look recorded before it was observed.
    const recordedAt = new Date(Math.max(now.getTime(), Date.parse(request.observedAt))).toISOString();
    const pending: PendingCommand<GuideCommand, GuideEvent, GuideState> = {
      id,
      actor,
      occurredAt: request.observedAt,
      correlationId: id,
      // Of the scan as sent, alone in a batch or not, so a resend of either is recognised.
      requestDigest: requestDigest(request),
      command: async ({ state, events }) => {
        assertScanIdFree(events, checkpoint, request.scanId);
        return { type: 'ScanShipment', data: { ...scan, recordedAt, facts: await this.facts.gather(scan, state.issued) } };
      },
    };
    try {
      // The guide issued between the read and the decision: its facts are gathered again on a new read.
      const { events } = await guideStream.handle(this.store, request.guideNumber, pending, {
        retryOn: (error) => error instanceof ScanFactsMismatch,
        remembered: this.guides,
      });
      const scanned = eventOfType(events, 'ShipmentScanned');
      if (!scanned) throw new Error(`Scan ${request.scanId} of guide ${request.guideNumber} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);
      return scanAnswer(scanned.data, events.flatMap((event) => (event.type === 'ScanVerdictRevised' ? [event.data] : [])));
    } catch (error) {
      // This scan id was recorded at this checkpoint with another observation.
      if (error instanceof IdempotencyKeyReused) throw new ScanIdReused(request.scanId, checkpoint);
      throw error;
    }
  }

  private assertNotInFuture(observedAt: string, now: Date, path: string): void {
    if (Date.parse(observedAt) <= now.getTime() + this.settings.clockSkewMs) return;
    const field = path === '' ? 'observedAt' : `${path}.observedAt`;
    throw new RequestValidationFailed([
      { path: field, messages: [`observedAt must not be later than the server clock (${now.toISOString()}) by more than ${this.settings.clockSkewMs / 1000} s`] },
    ]);
  }
}

/** A scan id recorded at another checkpoint for this guide is another device's scan (a resend here is a replay, answered before this). */
function assertScanIdFree(history: readonly RecordedGuideEvent[], checkpoint: string, scanId: string): void {
  const taken = history.find((event) => event.type === 'ShipmentScanned' && event.data.scanId === scanId && event.data.checkpoint !== checkpoint);
  if (taken?.type === 'ShipmentScanned') throw new ScanIdTaken(scanId, taken.data.guideNumber, taken.data.checkpoint);
}

function observation(request: ScanShipmentDto) {
  return {
    scanId: request.scanId,
    guideNumber: request.guideNumber,
    plate: request.plate,
    driverId: request.driverId,
    observedLines: request.observedLines.map(({ scientificName, pieces, volume }) => ({ scientificName, pieces, volume: { value: volume.value, unit: volume.unit } })),
    ...(request.scaleWeightKg === undefined ? {} : { scaleWeightKg: request.scaleWeightKg }),
    ...(request.checkedPieces === undefined ? {} : { checkedPieces: request.checkedPieces.map(checkedPiece) }),
    observedAt: request.observedAt,
    position: [request.position[0], request.position[1]] as const,
  };
}

function checkedPiece({ code, scientificName, dimensions }: CheckedPieceDto): CheckedPiece {
  return { code, ...(scientificName === undefined ? {} : { scientificName }), ...(dimensions === undefined ? {} : { dimensions: dimensionsOf(dimensions) }) };
}
