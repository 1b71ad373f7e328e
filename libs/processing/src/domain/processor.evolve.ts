import { roundVolume } from '#shared-kernel';
import { PersistentMap } from '#shared-kernel';
import type { ProcessorEvent, TransformationRecorded } from './processor.events.js';
import type { ProductType } from './processor.js';
import type { InventoryLot, Processor, ProcessorState, SpeciesFlows } from './processor.state.js';

export function evolveProcessor(state: ProcessorState, event: ProcessorEvent): ProcessorState {
  if (event.type === 'ProcessorRegistered') {
    const { facilityId, holderTaxId, kind, validity } = event.data;
    return { facilityId, holderTaxId, kind, validity, suspensions: [], inventory: PersistentMap.empty(), flows: new Map(), transformations: PersistentMap.empty(), lotsNotReceived: [] };
  }
  return state && evolveRegistered(state, event);
}

function evolveRegistered(processor: Processor, event: Exclude<ProcessorEvent, { type: 'ProcessorRegistered' }>): Processor {
  switch (event.type) {
    case 'ProcessorSuspended':
      return { ...processor, suspensions: [...processor.suspensions, { from: event.data.at }] };
    case 'ProcessorReinstated':
      return { ...processor, suspensions: processor.suspensions.map((s, i, all) => (i === all.length - 1 ? { ...s, until: event.data.at } : s)) };
    case 'LotReceived': {
      const { lotId, guideNumber, species, productType, volume, at } = event.data;
      const lot: InventoryLot = { lotId, species, productType, remaining: volume.value, receivedUnder: guideNumber, arrivedAt: at };
      const flows = new Map(processor.flows).set(species, withVolume(flowsOf(processor.flows, species), 'received', productType, volume.value));
      return { ...processor, inventory: processor.inventory.with(lotId, lot), flows };
    }
    case 'TransformationRecorded':
      return transformed(processor, event);
    case 'TransformationFlagged':
      return processor;
    case 'LotNotReceived':
      return { ...processor, lotsNotReceived: [...processor.lotsNotReceived, event.data] };
    default:
      return unreachable(event);
  }
}

/** Inputs leave the inventory, outputs enter it as lots that may be shipped or transformed again. */
function transformed(processor: Processor, { data }: TransformationRecorded): Processor {
  let inventory = processor.inventory;
  const flows = new Map(processor.flows);
  for (const input of data.inputs) {
    const lot = inventory.get(input.lotId);
    if (lot) inventory = inventory.with(input.lotId, { ...lot, remaining: roundVolume(lot.remaining - input.volume.value) });
    flows.set(input.species, withVolume(flowsOf(flows, input.species), 'consumed', input.productType, input.volume.value));
  }
  for (const output of data.outputs) {
    inventory = inventory.with(output.lotId, { lotId: output.lotId, species: output.species, productType: output.productType, remaining: output.volume.value, producedBy: data.transformationId, arrivedAt: data.at });
    flows.set(output.species, withVolume(flowsOf(flows, output.species), 'produced', output.productType, output.volume.value));
  }
  for (const { species, inputM3, inputNeededM3 } of data.yields) {
    const current = flowsOf(flows, species);
    flows.set(species, {
      ...current,
      judgedInputM3: roundVolume(current.judgedInputM3 + inputM3),
      inputNeededM3: roundVolume(current.inputNeededM3 + inputNeededM3),
    });
  }
  return { ...processor, inventory, flows, transformations: processor.transformations.with(data.transformationId, data.at) };
}

function flowsOf(flows: ReadonlyMap<string, SpeciesFlows>, species: string): SpeciesFlows {
  return flows.get(species) ?? { species, received: {}, consumed: {}, produced: {}, judgedInputM3: 0, inputNeededM3: 0 };
}

function withVolume(flows: SpeciesFlows, flow: 'received' | 'consumed' | 'produced', product: ProductType, volume: number): SpeciesFlows {
  return { ...flows, [flow]: { ...flows[flow], [product]: roundVolume((flows[flow][product] ?? 0) + volume) } };
}

function unreachable(event: never): never {
  throw new Error(`Unknown processor event ${JSON.stringify(event)}`);
}
