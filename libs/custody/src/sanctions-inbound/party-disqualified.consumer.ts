import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { PartyDisqualifiedV1 } from '#sanctions/integration';
import type { NoteDisqualification, StreamStore } from '#shared-kernel';
import { partyDisqualificationStream } from '../domain/party-disqualification.js';

const PARTY_DISQUALIFIED_CONSUMER = 'custody.sanctions-inbound';

function noteOf({ data }: PartyDisqualifiedV1): NoteDisqualification {
  const { caseId, authority, taxId, from, until } = data;
  return { type: 'NoteDisqualification', data: { caseId, authority, taxId, from, until } };
}

/**
 * Notes every party a final sanction disqualifies on custody's stream of that party, from the first ever published,
 * since a new consumer reads the history; a redelivery has one effect, its command id derives from it.
 */
@Injectable()
export class PartyDisqualifiedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<PartyDisqualifiedV1>({ name: PARTY_DISQUALIFIED_CONSUMER, types: ['PartyDisqualified'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<PartyDisqualifiedV1>): Promise<void> {
    await partyDisqualificationStream.handle(this.store, message.data.taxId, inboundEnvelope(PARTY_DISQUALIFIED_CONSUMER, message, noteOf(message)));
  }
}
