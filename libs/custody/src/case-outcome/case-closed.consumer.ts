import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { CaseClosedV1 } from '#sanctions/integration';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { ReleaseGuide } from '../domain/guide.commands.js';
import type { LotCommand } from '../domain/lot.commands.js';
import { lotStream } from '../domain/lot.decider.js';
import type { Lot } from '../domain/lot.state.js';
import { guideStream } from '../domain/guide.decider.js';
import { guideFact } from '../guide-lots/guide-facts.js';
import { GuideLots } from '../guide-lots/guide-lots.js';
import { stepOnLot } from '../lot-steps.js';

export const CASE_OUTCOMES = 'custody.case-outcomes';

/**
 * Carries out a final case on the timber: the lots it confiscates, and everything made from them still in the chain,
 * are confiscated; the guide's hold and every lot still held under the case are released. Each step's id derives from
 * the message, so a redelivery after a crash mid-way replays what was done and finishes the rest.
 */
@Injectable()
export class CaseClosedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    private readonly guideLots: GuideLots,
  ) {}

  onModuleInit(): void {
    this.bus.consume<CaseClosedV1>({ name: CASE_OUTCOMES, types: ['CaseClosed'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<CaseClosedV1>): Promise<void> {
    const { caseId, authority, lotsConfiscated, lotsReleased, guideNumber, at } = message.data;
    const confiscate: LotCommand = { type: 'ConfiscateLot', data: { caseRef: caseId, authority, at } };
    for (const lot of await this.lineage(lotsConfiscated, (found) => found.closedBy === undefined && !(found.hold.kind === 'confiscated' && found.hold.caseRef === caseId))) {
      await stepOnLot(this.store, lot, uuidFromName(`${message.id}/confiscate/${lot}`), confiscate, message);
    }
    if (guideNumber !== undefined) await this.releaseGuide(message, guideNumber);
    const release: LotCommand = { type: 'ReleaseLot', data: { caseRef: caseId, authority, at } };
    for (const lot of await this.lineage(lotsReleased, (found) => found.hold.kind === 'immobilised' && found.hold.caseRef === caseId)) {
      await stepOnLot(this.store, lot, uuidFromName(`${message.id}/release/${lot}`), release, message);
    }
  }

  /** Its lots follow the guide's release at once, as a regulator's release does; the guide's process carries it too after a crash. */
  private async releaseGuide(message: IntegrationMessage<CaseClosedV1>, guideNumber: string): Promise<void> {
    const { caseId, authority, at } = message.data;
    const guide = await guideStream.load(this.store, guideNumber);
    if (!guide.holds.some((hold) => hold.caseRef === caseId)) return;
    const command: ReleaseGuide = { type: 'ReleaseGuide', data: { caseRef: caseId, authority, at } };
    const { actor, occurredAt } = message.metadata;
    const { events } = await guideStream.handle(this.store, guideNumber, { id: uuidFromName(`${message.id}/release-guide`), command, actor, occurredAt, correlationId: message.id });
    const released = guideFact(guideNumber, events, 'GuideReleased');
    if (released) await this.guideLots.close(released, released.data.lots);
  }

  /** The lots named and every lot made from them, breadth first, that `take` selects (closed lots pass their children on). */
  private async lineage(lotIds: readonly string[], take: (lot: Lot) => boolean): Promise<string[]> {
    const seen = new Set<string>();
    const taken: string[] = [];
    const queue = [...lotIds];
    while (queue.length > 0) {
      const lotId = queue.shift()!;
      if (seen.has(lotId)) continue;
      seen.add(lotId);
      const lot = await lotStream.load(this.store, lotId);
      if (!lot) continue;
      if (take(lot)) taken.push(lotId);
      queue.push(...lot.children.map((child) => child.lotId));
    }
    return taken;
  }
}
