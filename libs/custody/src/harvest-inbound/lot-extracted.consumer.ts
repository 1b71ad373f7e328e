import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { LotExtractedV1 } from '#harvest/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import type { CreateExtractedLot } from '../domain/lot.commands.js';
import { stepOnLot } from '../lot-steps.js';

export const HARVEST_INBOUND = 'custody.harvest-inbound';

export function extractedLot({ data }: LotExtractedV1): CreateExtractedLot {
  const { lotId, permitId, planId, holderTaxId, species, volume, pieces, harvestDate, geolocation } = data;
  return { type: 'CreateExtractedLot', data: { lotId, permitId, planId, holderTaxId, species, volume, pieces, harvestDate, geolocation } };
}

/**
 * Starts a lot's life from harvest's extraction, on a stream named by harvest's lot id; a redelivery replays the
 * same command id and records nothing. An extraction under a lot id another lot already has is recorded on that lot
 * as a refused step, where regulators reading it see the second extraction.
 */
@Injectable()
export class LotExtractedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<LotExtractedV1>({ name: HARVEST_INBOUND, types: ['LotExtracted'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<LotExtractedV1>): Promise<void> {
    const command = extractedLot(message);
    await stepOnLot(this.store, message.data.lotId, inboundEnvelope(HARVEST_INBOUND, message, command).id, command, message);
  }
}
