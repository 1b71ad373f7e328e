import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { ProcessorStandingChangedV1, TransformationFlaggedV1, TransformationRecordedV1 } from '#processing/integration';
import type { StreamStore } from '#shared-kernel';
import { caseOfTransformation } from '../case-ids.js';
import type { RecordFindings } from '../domain/case.commands.js';
import { caseStream } from '../domain/case.decider.js';
import { type NoteOverYieldOutputs, type NoteProcessorSupervision, type ProcessorNotes, processorNotesStream } from '../domain/processor-notes.js';

const PROCESSING_INBOUND_CONSUMER = 'sanctions.processing-inbound';

/** The rule a transformation's output over the maximum yield breaks: the infraction catalogue maps it to a conduct. */
export const YIELD_EXCEEDED = 'YIELD_EXCEEDED';

type ProcessorMessage = ProcessorStandingChangedV1 | TransformationRecordedV1 | TransformationFlaggedV1;

export function supervisionOf({ data }: ProcessorStandingChangedV1): NoteProcessorSupervision {
  const { facilityId, authority, holderTaxId } = data;
  return { type: 'NoteProcessorSupervision', data: { facilityId, authority, holderTaxId } };
}

/** The products of the species over yield (their input needed above the input taken), if any. */
export function overYieldOutputsOf({ data }: TransformationRecordedV1): NoteOverYieldOutputs | undefined {
  const { facilityId, transformationId, yields, outputs } = data;
  const over = new Set(yields.filter(({ inputM3, inputNeededM3 }) => inputNeededM3 > inputM3).map(({ species }) => species));
  if (over.size === 0) return undefined;
  const lots = outputs.filter(({ species }) => over.has(species)).map(({ lotId, species }) => ({ lotId, species }));
  return { type: 'NoteOverYieldOutputs', data: { facilityId, transformationId, lots } };
}

/**
 * Each species over yield is a finding of the transformation's case, before the authority supervising the processor;
 * the products of those species are the case's lots.
 */
export function findingsOfTransformation({ data }: TransformationFlaggedV1, { supervision, overYieldOutputs }: ProcessorNotes): RecordFindings {
  const { facilityId, transformationId, at, reason, overYield } = data;
  // Cannot happen while processing publishes the registration first; parked for an operator if it ever does.
  if (!supervision) throw new Error(`No authority noted for processor ${facilityId}: its registration was never received`);
  const findings = overYield.map(({ species, inputM3, inputNeededM3, lines }) => ({
    rule: YIELD_EXCEEDED,
    message: `${species}: the output needs ${inputNeededM3} m³ of input at the maximum yield, ${inputM3} m³ went in`,
    expected: { species, inputM3 },
    observed: { species, inputNeededM3, lines },
    at,
  }));
  const species = new Set(overYield.map((line) => line.species));
  const lots = (Object.hasOwn(overYieldOutputs, transformationId) ? overYieldOutputs[transformationId]! : []).filter((lot) => species.has(lot.species)).map(({ lotId }) => lotId);
  return {
    type: 'RecordFindings',
    data: {
      caseId: caseOfTransformation(facilityId, transformationId),
      authority: supervision.authority,
      source: { kind: 'transformation', facilityId, transformationId, reason },
      subject: { holderTaxId: supervision.holderTaxId, facilityId },
      lots,
      findings,
    },
  };
}

/**
 * Opens a case for every transformation a processor declared over yield, from the first ever recorded. The messages
 * come from the facility's stream, in order: its registration, then each transformation recorded before its flag.
 */
@Injectable()
export class TransformationFlaggedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<ProcessorMessage>({
      name: PROCESSING_INBOUND_CONSUMER,
      types: ['ProcessorStandingChanged', 'TransformationRecorded', 'TransformationFlagged'],
      version: 1,
      handle: (message) => this.handle(message),
    });
  }

  async handle(message: IntegrationMessage<ProcessorMessage>): Promise<void> {
    const { facilityId } = message.data;
    if (message.type === 'ProcessorStandingChanged') {
      await processorNotesStream.handle(this.store, facilityId, inboundEnvelope(PROCESSING_INBOUND_CONSUMER, message, supervisionOf(message)));
      return;
    }
    if (message.type === 'TransformationRecorded') {
      const note = overYieldOutputsOf(message);
      if (note) await processorNotesStream.handle(this.store, facilityId, inboundEnvelope(PROCESSING_INBOUND_CONSUMER, message, note));
      return;
    }
    const command = findingsOfTransformation(message, await processorNotesStream.load(this.store, facilityId));
    await caseStream.handle(this.store, command.data.caseId, inboundEnvelope(PROCESSING_INBOUND_CONSUMER, message, command));
  }
}
