import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { DomainError, type RecordedEvent } from '#shared-kernel';
import type { GuideState } from '../../domain/guide.state.js';
import type { ShipmentScanned } from '../../domain/guide.events.js';
import { loadGuideState } from '../../guide-stream.js';
import { onLot } from '../../lot-stream.js';
import { CheckpointedSubscriber } from '../checkpointed-subscriber.js';
import { lotsScanned } from '../../domain/guide.scanned-lots.js';
import { type LotStep, lotSteps } from './lot-steps.js';

export const SCAN_LOTS = 'process.custody-scan-lots';

/**
 * Carries each recorded scan to the lots it saw (`lotIds`: `LotScanned`, and `LotImmobilised` for a verdict
 * `immobilise`), from the guide's events rather than inside the scan request, so a crash between the scan and
 * its lots heals when the subscription resumes. A lot that refuses (no longer on the guide, held by another
 * case, confiscated, closed) is logged and skipped: the scan stands, and the other lots are still held.
 */
@Injectable()
export class ScanLotsProcess extends CheckpointedSubscriber {
  protected readonly logger = new Logger(SCAN_LOTS);

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, { name: SCAN_LOTS, filter: { eventTypes: ['ShipmentScanned'], streamPrefixes: ['guide-'] } });
  }

  protected async handle(events: readonly RecordedEvent[]): Promise<void> {
    const guides = new Map<string, Promise<GuideState>>();
    const guideOf = (guideNumber: string) => guides.get(guideNumber) ?? guides.set(guideNumber, loadGuideState(this.store, guideNumber)).get(guideNumber)!;
    // Each lot takes its steps in scan order; different lots go at once, so a busy road does not leave lots behind.
    const stepsPerLot = new Map<string, { step: LotStep; scan: RecordedEvent & ShipmentScanned }[]>();
    for (const event of events as readonly (RecordedEvent & ShipmentScanned)[]) {
      const lotIds = event.data.lotIds ?? lotsScanned(await guideOf(event.data.guideNumber), event.data.observedAt);
      for (const step of lotSteps(event.id, event.data, lotIds)) {
        const steps = stepsPerLot.get(step.lotId) ?? stepsPerLot.set(step.lotId, []).get(step.lotId)!;
        steps.push({ step, scan: event });
      }
    }
    await Promise.all(
      [...stepsPerLot.values()].map(async (steps) => {
        for (const { step, scan } of steps) await this.take(step, scan);
      }),
    );
  }

  private async take(step: LotStep, scan: RecordedEvent & ShipmentScanned): Promise<void> {
    const { actor, occurredAt, correlationId } = scan.metadata;
    try {
      await onLot(this.store, step.lotId, { id: step.commandId, command: step.command, actor, occurredAt, correlationId });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn(`Lot ${step.lotId}: ${step.command.type} after scan ${scan.data.scanId} of guide ${scan.data.guideNumber} refused: ${error.code}: ${error.message}`);
    }
  }
}
