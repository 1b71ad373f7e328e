import { PersistentMap, type SnapshotPolicy } from '#shared-kernel';
import type { ProcessorCommand } from './processor.commands.js';
import type { ProcessorEvent } from './processor.events.js';
import { evolveProcessor } from './processor.evolve.js';
import type { Processor, ProcessorState, SpeciesFlows } from './processor.state.js';

type Saved = (Omit<Processor, 'inventory' | 'transformations' | 'flows'> & { readonly flows: readonly SpeciesFlows[] }) | undefined;

/**
 * A processor is read from its last snapshot: authorisation, suspensions, flows per species, deliveries refused.
 * Every lot it ever held and every transformation it recorded grow for its whole life, so they are found by key
 * instead (`lot/<id>`, `transformation/<id>`): a lot's receipt or production and each transformation that took from it.
 */
export const processorSnapshots: SnapshotPolicy<ProcessorCommand, ProcessorEvent, ProcessorState> = {
  every: 10,
  schema: 1,
  save(processor): Saved {
    if (!processor) return undefined;
    const { inventory: _inventory, transformations: _transformations, flows, ...saved } = processor;
    return { ...saved, flows: [...flows.values()] };
  },
  restore(saved) {
    const processor = saved as Saved;
    return processor && { ...processor, flows: new Map(processor.flows.map((flows) => [flows.species, flows])), inventory: PersistentMap.empty(), transformations: PersistentMap.empty() };
  },
  keysOf(command) {
    if (command.type === 'ReceiveLot') return [lotKey(command.data.lotId)];
    if (command.type !== 'RecordTransformation') return [];
    const { transformationId, inputs, outputs } = command.data;
    return [transformationKey(transformationId), ...[...inputs, ...outputs].map((lot) => lotKey(lot.lotId))];
  },
  claims(event) {
    if (event.type === 'LotReceived') return [lotKey(event.data.lotId)];
    if (event.type !== 'TransformationRecorded') return [];
    const { transformationId, inputs, outputs } = event.data;
    return [transformationKey(transformationId), ...[...inputs, ...outputs].map((lot) => lotKey(lot.lotId))];
  },
  recall(state, keys, found) {
    if (!state) return state;
    // The found events folded apart give each named lot's remaining volume and each named transformation's time exactly.
    const apart = found.reduce(evolveProcessor, { ...state, inventory: PersistentMap.empty(), transformations: PersistentMap.empty() } as ProcessorState)!;
    let { inventory, transformations } = state;
    for (const key of keys) {
      const [kind, id] = splitKey(key);
      const lot = kind === 'lot' ? apart.inventory.get(id) : undefined;
      const at = kind === 'transformation' ? apart.transformations.get(id) : undefined;
      if (lot) inventory = inventory.with(id, lot);
      if (at !== undefined) transformations = transformations.with(id, at);
    }
    return { ...state, inventory, transformations };
  },
};

const lotKey = (lotId: string) => `lot/${lotId}`;
const transformationKey = (transformationId: string) => `transformation/${transformationId}`;

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}
