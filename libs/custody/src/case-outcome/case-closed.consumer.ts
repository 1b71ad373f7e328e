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
 * Carries out a final case on the timber: the lots it confiscates are confiscated, the guide's hold is lifted and the
 * other lots held under the case are released; the lots' lineage process carries each measure on to what the timber
 * became. Each step's id derives from the message, so a redelivery after a crash mid-way replays what was done and
 * finishes the rest.
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
    for (const lot of await this.holdingTimber(lotsConfiscated)) {
      await stepOnLot(this.store, lot.lotId, uuidFromName(`${message.id}/confiscate/${lot.lotId}`), confiscate, message);
    }
    if (guideNumber !== undefined) await this.releaseGuide(message, guideNumber);
    const release: LotCommand = { type: 'ReleaseLot', data: { caseRef: caseId, authority, at } };
    for (const lot of await this.holdingTimber(lotsReleased)) {
      if (lot.hold.kind === 'immobilised' && lot.hold.caseRef === caseId) await stepOnLot(this.store, lot.lotId, uuidFromName(`${message.id}/release/${lot.lotId}`), release, message);
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

  /** The lots named, each closed one standing for the lots its timber went into (split, merged or transformed away). */
  private async holdingTimber(lotIds: readonly string[]): Promise<Lot[]> {
    const found: Lot[] = [];
    for (const lotId of lotIds) {
      const lot = await lotStream.load(this.store, lotId);
      if (!lot) continue;
      if (lot.closedBy === undefined) found.push(lot);
      else found.push(...(await this.holdingTimber(lot.children.map((child) => child.lotId))));
    }
    return found;
  }
}
