import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { GuideIssuedV1 } from '#custody/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import { type StreamStore } from '#shared-kernel';
import type { RecordVolumeMoved } from '../domain/permit.commands.js';
import { permitStream } from '../domain/permit.decider.js';
import { guideNotCounted } from '../domain/permit.movement.js';

const GUIDE_ISSUED_CONSUMER = 'harvest.custody-inbound';

/** The volume a guide moves out of a permit's plan; nothing for a guide from a processor. */
function volumeMoved({ data }: GuideIssuedV1): RecordVolumeMoved | undefined {
  if (data.origin.kind !== 'permit') return undefined;
  const { permitId, planId } = data.origin;
  return { type: 'RecordVolumeMoved', data: { permitId, planId, guideNumber: data.guideNumber, lines: data.species } };
}

/**
 * Counts every guide custody issues against its permit's plan, so the balance knows what was moved. A guide that
 * cannot be counted (beyond what was extracted, a reused number) is recorded on the permit as `GuideNotCounted`;
 * a conflict with another command on the permit is decided again.
 */
@Injectable()
export class GuideIssuedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<GuideIssuedV1>({ name: GUIDE_ISSUED_CONSUMER, types: ['GuideIssued'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<GuideIssuedV1>): Promise<void> {
    const command = volumeMoved(message);
    if (!command) return;
    await permitStream.handle(this.store, command.data.permitId, inboundEnvelope(GUIDE_ISSUED_CONSUMER, message, command), {
      recordRefusal: (refused, error) => guideNotCounted(refused as RecordVolumeMoved, error),
    });
  }
}
