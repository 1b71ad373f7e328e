import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { AnnulGuide } from '../domain/guide.commands.js';
import { assertMayAnnul } from '../guide-access.js';
import { guideFact } from '../guide-lots/guide-facts.js';
import { GuideLots } from '../guide-lots/guide-lots.js';
import type { GuideClosureResponse } from './guide-closure.response.js';
import { AnnulGuideCommand } from './annul-guide.command.js';
import { closedAt } from '../guide-closure.js';
import { loadIssuedGuide } from '../issued-guide.js';
import { guideStream } from '../domain/guide.decider.js';

/** The guide is annulled first (final; refused while a scan holds its load), then each of its lots goes back where it left from. */
@CommandHandler(AnnulGuideCommand)
export class AnnulGuideHandler implements ICommandHandler<AnnulGuideCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly lots: GuideLots,
  ) {}

  async execute({ guideNumber, body, actor, idempotencyKey }: AnnulGuideCommand): Promise<GuideClosureResponse> {
    const guide = await loadIssuedGuide(this.store, guideNumber);
    assertMayAnnul(actor, guide);
    const { id, requestDigest } = commandIdFor(`custody/annul-guide/${guideNumber}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const command: AnnulGuide = { type: 'AnnulGuide', data: { reason: body.reason, at: now } };
    const { events } = await guideStream.handle(this.store, guideNumber, { id: uuidFromName(`${id}/annul`), command, actor, occurredAt: now, correlationId: id, requestDigest });
    const annulled = guideFact(guideNumber, events, 'GuideAnnulled');
    const { done, refused } = annulled ? await this.lots.close(annulled, guide.lines.map((line) => line.lotId)) : { done: [], refused: [] };
    return { number: guideNumber, status: 'annulled', at: closedAt(events, now), lots: done, refused };
  }
}
