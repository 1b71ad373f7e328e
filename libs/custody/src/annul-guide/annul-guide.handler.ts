import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { AnnulGuide } from '../domain/guide.commands.js';
import { assertMayAnnul } from '../guide-access.js';
import { releaseLots } from '../guide-lots.js';
import { closedAt, loadIssuedGuide, onGuide } from '../guide-stream.js';
import type { AnnulGuideDto } from './annul-guide.dto.js';
import type { GuideClosureResponse } from './guide-closure.response.js';

/** The guide is annulled first (final), then each of its lots goes back where it left from. */
@Injectable()
export class AnnulGuideHandler {
  private readonly logger = new Logger('custody.annul-guide');

  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(guideNumber: string, body: AnnulGuideDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<GuideClosureResponse> {
    const guide = await loadIssuedGuide(this.store, guideNumber);
    assertMayAnnul(actor, guide);
    const { id, requestDigest } = commandIdFor(`custody/annul-guide/${guideNumber}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const command: AnnulGuide = { type: 'AnnulGuide', data: { reason: body.reason, at: now } };
    const { events } = await onGuide(this.store, guideNumber, { id: uuidFromName(`${id}/annul`), command, actor, occurredAt: now, correlationId: id, requestDigest });
    const at = closedAt(events, now);
    const lotIds = guide.lines.map((line) => line.lotId);
    const { done, refused } = await releaseLots(this.store, { guideNumber, lotIds, reason: 'guide_annulled', commandId: id, actor, at }, this.logger);
    return { number: guideNumber, status: 'annulled', at, lots: done, refused };
  }
}
