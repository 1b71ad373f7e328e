import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { TransformationRecordedV1 } from '#processing/integration';
import { DomainError, type StreamStore } from '#shared-kernel';
import { onLot } from '../lot-stream.js';
import { transformationSteps } from './transformation-commands.js';

export const PROCESSING_INBOUND = 'custody.processing-inbound';

/**
 * Processing decided the transformation against its own inventory; custody follows: consumes the inputs
 * and creates the product lots. Each step is its own command, so a refused one (custody sees the lot
 * elsewhere) is logged and the others still happen; a redelivery replays every step and records nothing.
 */
@Injectable()
export class TransformationRecordedConsumer implements OnModuleInit {
  private readonly logger = new Logger(PROCESSING_INBOUND);

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<TransformationRecordedV1>({ name: PROCESSING_INBOUND, types: ['TransformationRecorded'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<TransformationRecordedV1>): Promise<void> {
    for (const { lotId, part, command } of transformationSteps(message)) {
      try {
        await onLot(this.store, lotId, inboundEnvelope(PROCESSING_INBOUND, message, command, part));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`Transformation ${message.data.transformationId}: ${command.type} on lot ${lotId} refused: ${error.code}: ${error.message}`);
      }
    }
  }
}
