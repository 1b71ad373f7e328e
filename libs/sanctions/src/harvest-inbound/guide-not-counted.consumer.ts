import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { GuideNotCountedV1 } from '#harvest/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import { caseOfGuideCount } from '../case-ids.js';
import type { RecordFindings } from '../domain/case.commands.js';
import { caseStream } from '../domain/case.decider.js';

const GUIDE_NOT_COUNTED_CONSUMER = 'sanctions.harvest-inbound';

/** Findings against permit holders in the field go to OSINFOR, the supervisor of permits. */
export const PERMIT_SUPERVISOR = 'OSINFOR';

/** A guide its permit could not count (paper volume, a reused number) as the finding of a case against the permit. */
export function findingsOfGuideCount({ data, metadata }: IntegrationMessage<GuideNotCountedV1>): RecordFindings {
  const { permitId, planId, guideNumber, lines, refusal } = data;
  const finding = { rule: refusal.error, message: refusal.message, expected: refusal.details, observed: { lines }, at: metadata.occurredAt };
  return {
    type: 'RecordFindings',
    data: { caseId: caseOfGuideCount(permitId, guideNumber), authority: PERMIT_SUPERVISOR, source: { kind: 'guide_count', permitId, planId, guideNumber }, subject: { permitId, guideNumber }, lots: [], findings: [finding] },
  };
}

/** Opens a case for every guide a permit could not count, from the first ever recorded. */
@Injectable()
export class GuideNotCountedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<GuideNotCountedV1>({ name: GUIDE_NOT_COUNTED_CONSUMER, types: ['GuideNotCounted'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<GuideNotCountedV1>): Promise<void> {
    const command = findingsOfGuideCount(message);
    await caseStream.handle(this.store, command.data.caseId, inboundEnvelope(GUIDE_NOT_COUNTED_CONSUMER, message, command));
  }
}
