import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { GuideClosureResponse } from '../annul-guide/guide-closure.response.js';
import type { IssuedGuide } from '../domain/guide.js';
import type { DeliverGuide } from '../domain/guide.commands.js';
import { LotIsConfiscated, LotIsImmobilised } from '../domain/lot.errors.js';
import { assertMayReceive } from '../guide-access.js';
import { guideFact } from '../guide-lots/guide-facts.js';
import { GuideLots } from '../guide-lots/guide-lots.js';
import { DeliverGuideCommand } from './deliver-guide.command.js';
import { closedAt } from '../guide-closure.js';
import { loadIssuedGuide } from '../issued-guide.js';
import { guideStream } from '../domain/guide.decider.js';
import { lotStream } from '../domain/lot.decider.js';

/**
 * The guide is delivered first (final; refused while a scan holds its load), then each lot arrives at the facility
 * and is published as `LotDelivered` for processing; the guide's lots process carries the lots on after a crash.
 */
@CommandHandler(DeliverGuideCommand)
export class DeliverGuideHandler implements ICommandHandler<DeliverGuideCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly lots: GuideLots,
  ) {}

  async execute({ guideNumber, body, actor, idempotencyKey }: DeliverGuideCommand): Promise<GuideClosureResponse> {
    const guide = await loadIssuedGuide(this.store, guideNumber);
    assertMayReceive(actor, guide);
    // A delivery without a time digests as deliveries did before they carried one, so their retries still match.
    const { id, requestDigest } = commandIdFor(`custody/deliver-guide/${guideNumber}`, actor, idempotencyKey, body.deliveredAt === undefined ? undefined : body);
    const deliveryId = uuidFromName(`${id}/deliver`);
    const replay = (await guideStream.read(this.store, guideNumber)).some((event) => event.metadata.causationId === deliveryId);
    if (!replay) await this.assertLoadFree(guide);

    const now = new Date().toISOString();
    const command: DeliverGuide = { type: 'DeliverGuide', data: { facilityId: actor.organisation, at: body.deliveredAt ?? now, recordedAt: now } };
    const { events } = await guideStream.handle(this.store, guideNumber, { id: deliveryId, command, actor, occurredAt: now, correlationId: id, requestDigest });
    const delivered = guideFact(guideNumber, events, 'GuideDelivered');
    const { done, refused } = delivered ? await this.lots.close(delivered, delivered.data.lots) : { done: [], refused: [] };
    return { number: guideNumber, status: 'delivered', at: closedAt(events, now), lots: done, refused };
  }

  /** A lot held by a case of its own is not delivered: the guide stays open and nothing is recorded. */
  private async assertLoadFree(guide: IssuedGuide): Promise<void> {
    for (const { lotId } of guide.lines) {
      const { hold } = await lotStream.loadExisting(this.store, lotId);
      if (hold.kind === 'immobilised') throw new LotIsImmobilised(lotId, hold.caseRef);
      if (hold.kind === 'confiscated') throw new LotIsConfiscated(lotId, hold.caseRef);
    }
  }
}
