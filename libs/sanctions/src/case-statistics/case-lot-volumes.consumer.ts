import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { LotConfiscatedV1, LotImmobilisedV1 } from '#custody/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import { caseLotVolumesStream, type NoteCaseLotVolume } from '../domain/case-lot-volumes.js';
import { heldAmountOf } from '../domain/held-amount.js';

const CASE_LOT_VOLUMES_CONSUMER = 'sanctions.case-lot-volumes';

type HoldMessage = LotImmobilisedV1 | LotConfiscatedV1;

/** What a held lot held under its case: m³ at a tenth of a litre whatever volume unit custody gave, or kg of a product traded by weight. */
export function lotVolumeOf({ type, data }: HoldMessage): NoteCaseLotVolume {
  const { lotId, caseRef, volume, at } = data;
  const amount = heldAmountOf(volume);
  if (type === 'LotImmobilised') return { type: 'NoteCaseLotVolume', data: { lotId, caseId: caseRef, kind: 'immobilised', ...amount, at } };
  return { type: 'NoteCaseLotVolume', data: { lotId, caseId: caseRef, kind: 'confiscated', ...amount, species: data.species, at } };
}

/**
 * Notes every lot custody immobilises or confiscates under a case, with its m³ or kg, on sanctions' stream of the lot: the
 * case statistics count volumes from it. From the first hold ever recorded, since a new consumer reads the history;
 * a redelivery has one effect, its command id derives from it.
 */
@Injectable()
export class CaseLotVolumesConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<HoldMessage>({ name: CASE_LOT_VOLUMES_CONSUMER, types: ['LotImmobilised', 'LotConfiscated'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<HoldMessage>): Promise<void> {
    await caseLotVolumesStream.handle(this.store, message.data.lotId, inboundEnvelope(CASE_LOT_VOLUMES_CONSUMER, message, lotVolumeOf(message)));
  }
}
