import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { RequestValidationFailed, requestDigest } from '#http';
import { type Actor, DomainError, fold, handleCommand, IdempotencyKeyReused, type StreamStore, uuidFromName } from '#shared-kernel';
import type { ScanShipment } from '../../domain/guide.commands.js';
import { guideDecider } from '../../domain/guide.decider.js';
import { ScanFactsMismatch } from '../../domain/guide.errors.js';
import type { ShipmentScanned } from '../../domain/guide.events.js';
import { guideStreamId, readGuideHistory, type RecordedGuideEvent } from '../../guide-stream.js';
import { ScanFactsGatherer } from '../scan-facts/scan-facts.gatherer.js';
import { SCAN_SETTINGS, type ScanSettings } from '../settings/scan-settings.js';
import { type ScanAnswer, scanAnswer } from './scan-answer.js';
import type { ScanShipmentDto } from './scan-shipment.dto.js';

/** Reads, gathers and decides again when the guide changed under the facts (issued in between): a few times, then it gives up. */
const ATTEMPTS = 3;

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
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(SCAN_SETTINGS) private readonly settings: ScanSettings,
    private readonly facts: ScanFactsGatherer,
  ) {}

  /** `path` names the scan in the request, for field errors (`observedAt` alone, or `scans.3.observedAt` in a batch). */
  async scan(checkpoint: string, request: ScanShipmentDto, actor: Actor, now: Date, path = ''): Promise<ScanAnswer> {
    const id = scanCommandId(checkpoint, request.scanId);
    // Of the scan as sent, alone in a batch or not, so a resend of either is recognised.
    const digest = requestDigest(request);
    const streamId = guideStreamId(request.guideNumber);
    for (let attempt = 1; ; attempt++) {
      // What this process remembers of the guide may be behind: handleCommand then decides again on a read.
      const remembered = attempt === 1 ? (this.store.remembered?.(streamId) as readonly RecordedGuideEvent[] | undefined) : undefined;
      const history = remembered ?? (await readGuideHistory(this.store, request.guideNumber));
      const earlier = recordedScan(history, checkpoint, request.scanId, digest);
      if (earlier) return scanAnswer(earlier.data);
      this.assertNotInFuture(request.observedAt, now, path);
      const { issued } = fold(guideDecider, history);
      const scan = { ...observation(request), checkpoint };
      const facts = await this.facts.gather(scan, issued);
      // A device clock a little ahead of ours must not make the scan look recorded before it was observed.
      const recordedAt = new Date(Math.max(now.getTime(), Date.parse(request.observedAt))).toISOString();
      const command: ScanShipment = { type: 'ScanShipment', data: { ...scan, recordedAt, facts } };
      try {
        const envelope = { id, command, actor, occurredAt: request.observedAt, correlationId: id, requestDigest: digest };
        const { events } = await handleCommand(this.store, guideDecider, streamId, envelope, remembered ? {} : { history });
        const scanned = (events as readonly { type: string; data: unknown }[]).find((event) => event.type === 'ShipmentScanned') as ShipmentScanned | undefined;
        if (scanned) return scanAnswer(scanned.data);
        // Recorded nothing: the scan id was recorded since the read; the next read answers it.
      } catch (error) {
        // Another observation under this scan id was recorded since the read.
        if (error instanceof IdempotencyKeyReused) throw new ScanIdReused(request.scanId, checkpoint);
        // The guide was issued between the read and the decision: gather its facts and decide again.
        if (!(error instanceof ScanFactsMismatch) || attempt >= ATTEMPTS) throw error;
      }
      if (attempt >= ATTEMPTS) throw new Error(`Scan ${request.scanId} of guide ${request.guideNumber} was neither recorded nor found after ${ATTEMPTS} attempts`);
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

/**
 * The scan already recorded under this scan id: this one resent at this checkpoint; at another checkpoint, another
 * device's scan; with another digest, another observation. Scans recorded before digests were kept replay as they are.
 */
function recordedScan(history: readonly RecordedGuideEvent[], checkpoint: string, scanId: string, digest: string): ShipmentScanned | undefined {
  const same = history.find((event): event is RecordedGuideEvent & ShipmentScanned => event.type === 'ShipmentScanned' && event.data.scanId === scanId);
  if (same && same.data.checkpoint !== checkpoint) throw new ScanIdTaken(scanId, same.data.guideNumber, same.data.checkpoint);
  const recordedDigest = same?.metadata.requestDigest;
  if (recordedDigest !== undefined && recordedDigest !== digest) throw new ScanIdReused(scanId, checkpoint);
  return same;
}

function observation(request: ScanShipmentDto) {
  return {
    scanId: request.scanId,
    guideNumber: request.guideNumber,
    plate: request.plate,
    driverId: request.driverId,
    observedLines: request.observedLines.map(({ scientificName, pieces, volume }) => ({ scientificName, pieces, volume: { value: volume.value, unit: volume.unit } })),
    ...(request.scaleWeightKg === undefined ? {} : { scaleWeightKg: request.scaleWeightKg }),
    observedAt: request.observedAt,
    position: [request.position[0], request.position[1]] as const,
  };
}
