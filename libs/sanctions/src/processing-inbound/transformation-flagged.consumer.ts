import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { ProcessorStandingChangedV1, TransformationFlaggedV1 } from '#processing/integration';
import type { StreamStore } from '#shared-kernel';
import { caseOfTransformation } from '../case-ids.js';
import type { RecordFindings } from '../domain/case.commands.js';
import { caseStream } from '../domain/case.decider.js';
import { type NoteProcessorSupervision, type ProcessorSupervision, processorSupervisionStream } from '../domain/processor-supervision.js';

const PROCESSING_INBOUND_CONSUMER = 'sanctions.processing-inbound';

/** The rule a transformation's output over the maximum yield breaks: the infraction catalogue maps it to a conduct. */
export const YIELD_EXCEEDED = 'YIELD_EXCEEDED';

type ProcessorMessage = ProcessorStandingChangedV1 | TransformationFlaggedV1;

export function supervisionOf({ data }: ProcessorStandingChangedV1): NoteProcessorSupervision {
  const { facilityId, authority, holderTaxId } = data;
  return { type: 'NoteProcessorSupervision', data: { facilityId, authority, holderTaxId } };
}

/** Each species over yield is a finding of the transformation's case, before the authority supervising the processor. */
export function findingsOfTransformation({ data }: TransformationFlaggedV1, { authority, holderTaxId }: ProcessorSupervision): RecordFindings {
  const { facilityId, transformationId, at, reason, overYield } = data;
  const findings = overYield.map(({ species, inputM3, inputNeededM3, lines }) => ({
    rule: YIELD_EXCEEDED,
    message: `${species}: the output needs ${inputNeededM3} m³ of input at the maximum yield, ${inputM3} m³ went in`,
    expected: { species, inputM3 },
    observed: { species, inputNeededM3, lines },
    at,
  }));
  return {
    type: 'RecordFindings',
    data: { caseId: caseOfTransformation(facilityId, transformationId), authority, source: { kind: 'transformation', facilityId, transformationId, reason }, subject: { holderTaxId }, lots: [], findings },
  };
}

/**
 * Opens a case for every transformation a processor declared over yield, from the first ever recorded. Both messages
 * come from the facility's stream, in order, so its registration is noted before any transformation of it.
 */
@Injectable()
export class TransformationFlaggedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<ProcessorMessage>({ name: PROCESSING_INBOUND_CONSUMER, types: ['ProcessorStandingChanged', 'TransformationFlagged'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<ProcessorMessage>): Promise<void> {
    const { facilityId } = message.data;
    if (message.type === 'ProcessorStandingChanged') {
      await processorSupervisionStream.handle(this.store, facilityId, inboundEnvelope(PROCESSING_INBOUND_CONSUMER, message, supervisionOf(message)));
      return;
    }
    const supervision = await processorSupervisionStream.load(this.store, facilityId);
    // Cannot happen while processing publishes the registration first; parked for an operator if it ever does.
    if (!supervision) throw new Error(`No authority noted for processor ${facilityId}: its registration was never received`);
    const command = findingsOfTransformation(message, supervision);
    await caseStream.handle(this.store, command.data.caseId, inboundEnvelope(PROCESSING_INBOUND_CONSUMER, message, command));
  }
}
