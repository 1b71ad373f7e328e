import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { DomainError, type StreamStore, uuidFromName } from '#shared-kernel';
import type { GuideClosureResponse } from '../annul-guide/guide-closure.response.js';
import type { IssuedGuide } from '../domain/guide.js';
import type { DeliverGuide } from '../domain/guide.commands.js';
import { LotIsConfiscated, LotIsImmobilised } from '../domain/lot.errors.js';
import { assertMayReceive } from '../guide-access.js';
import type { LotRefusal } from '../guide-lots.js';
import { closedAt, loadIssuedGuide, onGuide, readGuideHistory } from '../guide-stream.js';
import { loadLot, onLot, stepId } from '../lot-stream.js';

/** The guide is delivered first (final), then each lot arrives at the facility and is published as `LotDelivered` for processing. */
@Injectable()
export class DeliverGuideHandler {
  private readonly logger = new Logger('custody.deliver-guide');

  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(guideNumber: string, actor: AuthenticatedActor, idempotencyKey?: string): Promise<GuideClosureResponse> {
    const guide = await loadIssuedGuide(this.store, guideNumber);
    assertMayReceive(actor, guide);
    const { id, requestDigest } = commandIdFor(`custody/deliver-guide/${guideNumber}`, actor, idempotencyKey, undefined);
    const deliveryId = uuidFromName(`${id}/deliver`);
    const replay = (await readGuideHistory(this.store, guideNumber)).some((event) => event.metadata.causationId === deliveryId);
    if (!replay) await this.assertLoadFree(guide);

    const now = new Date().toISOString();
    const command: DeliverGuide = { type: 'DeliverGuide', data: { facilityId: actor.organisation, at: now } };
    const { events } = await onGuide(this.store, guideNumber, { id: deliveryId, command, actor, occurredAt: now, correlationId: id, requestDigest });
    const at = closedAt(events, now);

    const lots: string[] = [];
    const refused: LotRefusal[] = [];
    for (const { lotId } of guide.lines) {
      try {
        const deliver = { type: 'DeliverLot', data: { guideNumber, facilityId: actor.organisation, at } } as const;
        await onLot(this.store, lotId, { id: stepId(id, 'deliver', lotId), command: deliver, actor, occurredAt: now, correlationId: id, requestDigest });
        lots.push(lotId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`Lot ${lotId} not delivered under guide ${guideNumber}: ${error.code}: ${error.message}`);
        refused.push({ lotId, error: error.code, message: error.message });
      }
    }
    return { number: guideNumber, status: 'delivered', at, lots, refused };
  }

  /** A load held by a case is not delivered: the guide stays open and nothing is recorded. */
  private async assertLoadFree(guide: IssuedGuide): Promise<void> {
    for (const { lotId } of guide.lines) {
      const { hold } = await loadLot(this.store, lotId);
      if (hold.kind === 'immobilised') throw new LotIsImmobilised(lotId, hold.caseRef);
      if (hold.kind === 'confiscated') throw new LotIsConfiscated(lotId, hold.caseRef);
    }
  }
}
