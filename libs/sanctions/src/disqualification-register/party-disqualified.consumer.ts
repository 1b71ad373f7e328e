import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import { disqualificationRegisterStream, type RegisterDisqualification } from '../domain/disqualification-register.js';
import type { PartyDisqualifiedV1 } from '../integration/party-disqualified.js';

const DISQUALIFICATION_REGISTER_CONSUMER = 'sanctions.disqualification-register';

function registrationOf({ data }: PartyDisqualifiedV1): RegisterDisqualification {
  const { caseId, authority, taxId, from, until, at } = data;
  return { type: 'RegisterDisqualification', data: { caseId, authority, taxId, from, until, at } };
}

/**
 * Registers every disqualification sanctions publishes, from the first, on its stream of the party, which the
 * register's projection folds; a redelivery has one effect, its command id derives from it.
 */
@Injectable()
export class PartyDisqualifiedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<PartyDisqualifiedV1>({ name: DISQUALIFICATION_REGISTER_CONSUMER, types: ['PartyDisqualified'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<PartyDisqualifiedV1>): Promise<void> {
    await disqualificationRegisterStream.handle(this.store, message.data.taxId, inboundEnvelope(DISQUALIFICATION_REGISTER_CONSUMER, message, registrationOf(message)));
  }
}
