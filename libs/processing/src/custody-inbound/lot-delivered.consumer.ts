import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { LotDeliveredV1 } from '#custody/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import { type StreamStore } from '#shared-kernel';
import type { ReceiveLot } from '../domain/processor.commands.js';
import { processorStream } from '../domain/processor.decider.js';
import { lotNotReceived } from '../domain/processor.receipt.js';

const LOT_DELIVERED_CONSUMER = 'processing.custody-inbound';

function receiveLotOf({ data }: LotDeliveredV1): ReceiveLot {
  const { lotId, guideNumber, species, productType, volume, at } = data;
  return { type: 'ReceiveLot', data: { lotId, guideNumber, species, productType, volume, at } };
}

/**
 * Takes every lot custody delivers to a facility into that processor's inventory, timber in m³ and non_timber in kg. A
 * delivery it cannot take in (a facility not registered or not authorised at delivery, a lot already received under
 * another guide, a quantity in the wrong measure for its product) is recorded
 * on the facility's stream as `LotNotReceived`. A redelivered message has one effect: its command id derives from it.
 */
@Injectable()
export class LotDeliveredConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<LotDeliveredV1>({ name: LOT_DELIVERED_CONSUMER, types: ['LotDelivered'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<LotDeliveredV1>): Promise<void> {
    const { facilityId } = message.data;
    await processorStream.handle(this.store, facilityId, inboundEnvelope(LOT_DELIVERED_CONSUMER, message, receiveLotOf(message)), {
      recordRefusal: (command, error) => lotNotReceived(facilityId, command as ReceiveLot, error),
    });
  }
}
