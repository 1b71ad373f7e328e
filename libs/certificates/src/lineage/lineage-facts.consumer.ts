import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import { LINEAGE_FACT_TYPES, type LineageFact, lineageFactStream, subjectOf } from './lineage-fact.js';

const LINEAGE_FACTS_CONSUMER = 'certificates.lineage-facts';

/** Notes every fact harvest, custody, processing and sanctions publish about timber, from the first; the stream is the inbox. */
@Injectable()
export class LineageFactsConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<LineageFact>({ name: LINEAGE_FACTS_CONSUMER, types: LINEAGE_FACT_TYPES, version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<LineageFact>): Promise<void> {
    const fact = { type: message.type, version: message.version, data: message.data } as LineageFact;
    await lineageFactStream.handle(this.store, subjectOf(fact), inboundEnvelope(LINEAGE_FACTS_CONSUMER, message, { type: 'NoteLineageFact', data: { fact } }));
  }
}
