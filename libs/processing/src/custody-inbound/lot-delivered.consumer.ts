import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { LotDeliveredV1 } from '#custody/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import { DomainError, handleCommand, type StreamStore } from '#shared-kernel';
import type { ReceiveLot } from '../domain/processor.commands.js';
import { processorDecider } from '../domain/processor.decider.js';
import { processorStreamId } from '../processor-stream.js';

const LOT_DELIVERED_CONSUMER = 'processing.custody-inbound';

function receiveLotOf({ data }: LotDeliveredV1): ReceiveLot {
  const { lotId, guideNumber, species, productType, volume, at } = data;
  return { type: 'ReceiveLot', data: { lotId, guideNumber, species, productType, volume, at } };
}

/**
 * Takes every lot custody delivers to a facility into that processor's inventory. A refusal (a facility
 * not registered or not authorised at delivery, a lot already received under another guide) is a business
 * outcome: logged, not retried. A redelivered message has one effect: its command id derives from it.
 */
@Injectable()
export class LotDeliveredConsumer implements OnModuleInit {
  private readonly logger = new Logger(LOT_DELIVERED_CONSUMER);

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<LotDeliveredV1>({ name: LOT_DELIVERED_CONSUMER, types: ['LotDelivered'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<LotDeliveredV1>): Promise<void> {
    const { facilityId, lotId, guideNumber } = message.data;
    try {
      await handleCommand(this.store, processorDecider, processorStreamId(facilityId), inboundEnvelope(LOT_DELIVERED_CONSUMER, message, receiveLotOf(message)));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn(`Lot ${lotId} delivered under guide ${guideNumber} not received at ${facilityId}: ${error.code}: ${error.message}`);
    }
  }
}
