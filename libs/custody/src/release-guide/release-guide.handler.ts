import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { fold, type StreamStore, uuidFromName } from '#shared-kernel';
import type { ReleaseGuide } from '../domain/guide.commands.js';
import { GuideNotFound } from '../domain/guide.errors.js';
import { assertMayReleaseHold } from '../guide-access.js';
import { guideFact } from '../guide-lots/guide-facts.js';
import { GuideLots } from '../guide-lots/guide-lots.js';
import { guideDecider, guideStream } from '../domain/guide.decider.js';
import { heldUnder } from '../domain/guide.holds.js';
import type { GuideReleaseResponse } from './guide-release.response.js';
import { ReleaseGuideCommand } from './release-guide.command.js';

/** After review the case lets the load go: the guide first (deliverable again), then each lot held under the case. */
@CommandHandler(ReleaseGuideCommand)
export class ReleaseGuideHandler implements ICommandHandler<ReleaseGuideCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly lots: GuideLots,
  ) {}

  async execute({ guideNumber, body, actor, idempotencyKey }: ReleaseGuideCommand): Promise<GuideReleaseResponse> {
    const history = await guideStream.read(this.store, guideNumber);
    const state = fold(guideDecider, history);
    if (!state.issued) throw new GuideNotFound();
    const { id, requestDigest } = commandIdFor(`custody/release-guide/${guideNumber}`, actor, idempotencyKey, body);
    const hold = state.holds.find((candidate) => candidate.caseRef === body.caseRef);
    if (hold) assertMayReleaseHold(actor, guideNumber, hold);
    const now = new Date().toISOString();
    const command: ReleaseGuide = { type: 'ReleaseGuide', data: { caseRef: body.caseRef, authority: actor.organisation, at: now } };
    const { events } = await guideStream.handle(this.store, guideNumber, { id: uuidFromName(`${id}/release`), command, actor, occurredAt: now, correlationId: id, requestDigest });
    const released = guideFact(guideNumber, events, 'GuideReleased')!;
    // The lots' holds follow the scan a moment later: they are recorded before the release, so it finds them.
    const scan = history.find((event) => event.type === 'ShipmentScanned' && heldUnder(event) === body.caseRef);
    if (scan) await this.lots.recordScan(guideFact(guideNumber, [scan], 'ShipmentScanned')!);
    const { done, refused } = await this.lots.close(released, released.data.lots);
    return { number: guideNumber, caseRef: body.caseRef, at: released.data.at, lots: done, refused };
  }
}
