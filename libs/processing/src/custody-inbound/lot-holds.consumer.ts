import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { LotConfiscatedV1, LotImmobilisedV1, LotReleasedV1 } from '#custody/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import type { LotHoldsCommand } from '../domain/lot-holds.js';
import { lotHoldsStream } from '../domain/lot-holds.js';

const LOT_HOLDS_CONSUMER = 'processing.custody-holds';

type HoldMessage = LotImmobilisedV1 | LotConfiscatedV1 | LotReleasedV1;

function lotHoldsCommandOf({ type, data }: HoldMessage): LotHoldsCommand {
  const { lotId, caseRef, authority, at } = data;
  if (type === 'LotReleased') return { type: 'NoteLotRelease', data: { lotId, caseRef, authority, at } };
  return { type: 'NoteLotHold', data: { lotId, caseRef, kind: type === 'LotImmobilised' ? 'immobilised' : 'confiscated', authority, at } };
}

/**
 * Notes custody's holds and releases on processing's stream of the lot, wherever the lot is, so a transformation
 * is refused an input held even when the hold arrived before the delivery. One consumer for the three, so a
 * lot's release is never noted before its immobilisation; a redelivery has one effect, its command id derives from it.
 */
@Injectable()
export class LotHoldsConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<HoldMessage>({ name: LOT_HOLDS_CONSUMER, types: ['LotImmobilised', 'LotConfiscated', 'LotReleased'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<HoldMessage>): Promise<void> {
    await lotHoldsStream.handle(this.store, message.data.lotId, inboundEnvelope(LOT_HOLDS_CONSUMER, message, lotHoldsCommandOf(message)));
  }
}
