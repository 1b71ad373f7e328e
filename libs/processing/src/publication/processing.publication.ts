import type { Publication } from '#messaging';
import type { Recorded } from '#shared-kernel';
import type { ProcessorEvent, ProcessorRegistered, ProcessorReinstated, ProcessorSuspended } from '../domain/processor.events.js';
import type { SpeciesYield } from '../domain/processor.yield.js';
import type { ProcessingIntegrationEvent } from '../integration/processing-integration-events.js';
import type { ProcessorStandingChangedV1 } from '../integration/processor-standing-changed.js';
import type { SpeciesYieldV1 } from '../integration/transformation-recorded.js';

/** What processing tells other contexts, mapped from the processor's recorded events. */
export const processingPublication = {
  name: 'processing',
  publishes: ['ProcessorStandingChanged', 'TransformationRecorded', 'TransformationFlagged', 'LotNotReceived'],
  eventTypes: ['ProcessorRegistered', 'ProcessorSuspended', 'ProcessorReinstated', 'TransformationRecorded', 'TransformationFlagged', 'LotNotReceived'],
  streamPrefixes: ['processor-'],
  publish: (event: Recorded<ProcessorEvent>) => integrationEvents(event),
} satisfies Publication<ProcessorEvent>;

function integrationEvents(event: ProcessorEvent): readonly ProcessingIntegrationEvent[] {
  switch (event.type) {
    case 'ProcessorRegistered':
      return [registeredStanding(event.data)];
    case 'ProcessorSuspended':
      return [changedStanding('suspended', event.data)];
    case 'ProcessorReinstated':
      return [changedStanding('authorised', event.data)];
    case 'TransformationRecorded': {
      const { facilityId, transformationId, at, inputs, outputs, yields } = event.data;
      return [
        {
          type: 'TransformationRecorded',
          version: 1,
          data: {
            facilityId,
            transformationId,
            at,
            inputs: inputs.map(({ lotId, species, productType, volume }) => ({ lotId, species, productType, volume })),
            outputs: outputs.map(({ lotId, species, productType, volume, parents }) => ({
              lotId,
              species,
              productType,
              volume,
              parents: parents.map((parent) => ({ lotId: parent.lotId, volume: parent.volume })),
            })),
            yields: yields.map(speciesYieldV1),
          },
        },
      ];
    }
    case 'TransformationFlagged': {
      const { facilityId, transformationId, at, reason, overYield } = event.data;
      return [{ type: 'TransformationFlagged', version: 1, data: { facilityId, transformationId, at, reason, overYield: overYield.map(speciesYieldV1) } }];
    }
    case 'LotNotReceived': {
      const { facilityId, lotId, guideNumber, species, productType, volume, at, refusal } = event.data;
      return [{ type: 'LotNotReceived', version: 1, data: { facilityId, lotId, guideNumber, species, productType, volume, at, refusal } }];
    }
    case 'LotReceived':
      return [];
    default:
      return unreachable(event);
  }
}

/** Authorised from the first instant of the validity; the lapse at its end is read from `validity`, not announced. */
function registeredStanding({ facilityId, holderTaxId, kind, validity, authority }: ProcessorRegistered['data']): ProcessorStandingChangedV1 {
  return { type: 'ProcessorStandingChanged', version: 1, data: { facilityId, holderTaxId, kind, standing: 'authorised', validity, authority, reason: 'registered', at: validity.from } };
}

function changedStanding(standing: 'suspended' | 'authorised', data: ProcessorSuspended['data'] | ProcessorReinstated['data']): ProcessorStandingChangedV1 {
  const { facilityId, holderTaxId, kind, validity, authority, reason, at } = data;
  return { type: 'ProcessorStandingChanged', version: 1, data: { facilityId, holderTaxId, kind, standing, validity, authority, reason, at } };
}

function speciesYieldV1({ species, inputM3, inputNeededM3, lines }: SpeciesYield): SpeciesYieldV1 {
  return { species, inputM3, inputNeededM3, lines: lines.map(({ outputProduct, maxYield, allowedM3, requestedM3 }) => ({ outputProduct, maxYield, allowedM3, requestedM3 })) };
}

function unreachable(event: never): never {
  throw new Error(`Unknown processor event ${JSON.stringify(event)}`);
}
