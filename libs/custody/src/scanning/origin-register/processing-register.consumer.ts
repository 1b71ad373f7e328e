import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { ProcessorStandingChangedV1, TransformationRecordedV1 } from '#processing/integration';
import { isVolume, type Quantity, roundVolume, type StreamStore, toCubicMetres } from '#shared-kernel';
import type { FacilityRegisterCommand, TransformedVolume } from './facility-register.js';
import { RegisterReads } from './register-reads.js';
import { facilityRegisterStream } from './facility-register.js';

export const PROCESSING_REGISTER = 'custody.scanning.processing-register';

type FacilityMessage = ProcessorStandingChangedV1 | TransformationRecordedV1;

export function facilityRegisterCommand(message: FacilityMessage): FacilityRegisterCommand {
  if (message.type === 'ProcessorStandingChanged') {
    const { facilityId, holderTaxId, kind, standing, validity, authority, at } = message.data;
    return { type: 'NoteFacilityStanding', data: { facilityId, holderTaxId, kind, standing, validity: { from: validity.from, until: validity.until }, authority, at } };
  }
  const { facilityId, transformationId, at, inputs, outputs } = message.data;
  return { type: 'NoteTransformation', data: { facilityId, transformationId, at, inputs: inputs.flatMap(transformed), outputs: outputs.flatMap(transformed) } };
}

/** Yields are timber's, judged in m³: a side by weight (a non-timber product) has no yield to judge and is not noted. */
function transformed({ species, productType, volume }: { species: string; productType: TransformedVolume['productType']; volume: Quantity }): TransformedVolume[] {
  return isVolume(volume) ? [{ species, productType, m3: roundVolume(toCubicMetres(volume)) }] : [];
}

/**
 * Notes each facility's standings and transformations on custody's register stream of that facility: the
 * origin of a processor's loads and the destination of every load are judged by it at the observation time. An entry it cannot read fails and is parked.
 */
@Injectable()
export class ProcessingRegisterConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly registers: RegisterReads,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<FacilityMessage>({ name: PROCESSING_REGISTER, types: ['ProcessorStandingChanged', 'TransformationRecorded'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<FacilityMessage>): Promise<void> {
    await facilityRegisterStream.handle(this.store, message.data.facilityId, inboundEnvelope(PROCESSING_REGISTER, message, facilityRegisterCommand(message)));
    this.registers.facilityNoted(message.data.facilityId);
  }
}
