import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { FAULTS, type FaultPoints, inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { TransformationRecordedV1 } from '#processing/integration';
import type { StreamStore } from '#shared-kernel';
import type { InheritedHold } from '../domain/lot.js';
import { inheritedHold } from '../domain/lot.holds.js';
import { consumeSteps, type LotStep, productSteps } from './transformation-commands.js';
import { stepOnLot } from '../lot-steps.js';

export const PROCESSING_INBOUND = 'custody.processing-inbound';

/**
 * Processing decided the transformation against its own inventory; custody follows: consumes the inputs, then
 * creates the product lots. An input held by a case by then is consumed all the same (processing's fact stands)
 * and its products are held under the case; a step a lot refuses is recorded on it. Each step's id derives from the
 * message, so a redelivery after a crash between steps repeats none and finishes the rest.
 */
@Injectable()
export class TransformationRecordedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(FAULTS) private readonly faults: FaultPoints,
  ) {}

  onModuleInit(): void {
    this.bus.consume<TransformationRecordedV1>({ name: PROCESSING_INBOUND, types: ['TransformationRecorded'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<TransformationRecordedV1>): Promise<void> {
    const held = new Map<string, InheritedHold>();
    for (const step of consumeSteps(message)) {
      const { state } = await this.take(message, step);
      const hold = inheritedHold(state);
      if (hold) held.set(step.lotId, hold);
      this.faults.reached(`transformation/${message.data.transformationId}/consumed/${step.part + 1}`);
    }
    for (const [index, step] of productSteps(message, held).entries()) {
      await this.take(message, step);
      this.faults.reached(`transformation/${message.data.transformationId}/created/${index + 1}`);
    }
  }

  private take(message: IntegrationMessage<TransformationRecordedV1>, { lotId, part, command }: LotStep) {
    return stepOnLot(this.store, lotId, inboundEnvelope(PROCESSING_INBOUND, message, command, part).id, command, message);
  }
}
