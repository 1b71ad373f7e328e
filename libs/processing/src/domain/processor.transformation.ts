import type { RecordTransformation, TransformationInput, TransformationOutput } from './processor.commands.js';
import {
  InputLotHeld,
  InsufficientInventory,
  LotNotInInventory,
  OutputSpeciesNotInInputs,
  TransformationBeforeInput,
  ProcessorKindCannotTransform,
  TransformationAlreadyRecorded,
  WeightProductNotTransformable,
  YieldCoefficientMissing,
  YieldExceeded,
} from './processor.errors.js';
import type { ConsumedInput, ProducedOutput, TransformationFlagged, TransformationRecorded } from './processor.events.js';
import type { LotHold } from './lot-holds.js';
import type { LotShare, TimberProduct, YieldFact } from './processor.js';
import { endOf, instantOf } from './instant.js';
import { mustBeAuthorisedAt, registered } from './processor.authorisation.js';
import type { Processor, ProcessorState } from './processor.state.js';
import { mustBeWellFormed } from './processor.transformation-form.js';
import { nameKey } from './species-name.js';
import { m3, positiveCubicMetres } from './processor.volume.js';
import { type ProductVolumes, type SpeciesYield, speciesYield, withinConfirmedCaps, yieldFactOf } from './processor.yield.js';

type Output = Omit<ProducedOutput, 'parents'>;

/**
 * Inputs from the inventory become product lots, within the maximum yield per species; output above it
 * stands only as a declared exception, recorded and flagged. Output above caps that await confirmation alone
 * is recorded, its species' yield naming those caps: an observation, not a refusal.
 */
export function recordTransformation({ data }: RecordTransformation, state: ProcessorState): (TransformationRecorded | TransformationFlagged)[] {
  const processor = registered(state);
  const { transformationId, at } = data;
  if (processor.transformations.has(transformationId)) throw new TransformationAlreadyRecorded(transformationId);
  // Depots and export yards store and ship timber as it came.
  if (processor.kind === 'depot' || processor.kind === 'export_yard') throw new ProcessorKindCannotTransform(processor.facilityId, processor.kind);
  mustBeAuthorisedAt(processor, at);
  mustBeWellFormed(data, processor);
  const inputs = data.inputs.map((input, index) => takeFromInventory(processor, input, index, data.holds, at));
  const outputs = data.outputs.map((output, index) => outputOf(output, index, inputs));
  const yields = speciesYields(inputs, outputs, data.yieldFacts);
  const overYield = yields.filter((y) => !withinConfirmedCaps(y));
  if (overYield.length > 0 && data.exception === undefined) throw new YieldExceeded(transformationId, overYield);

  const { facilityId } = processor;
  const produced = outputs.map((output) => ({ ...output, parents: parentsOf(output, inputs, outputs) }));
  const recorded: TransformationRecorded = { type: 'TransformationRecorded', data: { facilityId, transformationId, at, inputs, outputs: produced, yields } };
  if (overYield.length === 0 || data.exception === undefined) return [recorded];
  return [recorded, { type: 'TransformationFlagged', data: { facilityId, transformationId, at, reason: data.exception.reason, overYield } }];
}

/** Only timber the facility received or produced, free of every hold, once it was there, and no more of it than remains. */
function takeFromInventory(processor: Processor, { lotId, volume }: TransformationInput, index: number, holds: readonly LotHold[], at: string): ConsumedInput {
  const lot = processor.inventory.get(lotId);
  if (lot === undefined) throw new LotNotInInventory(processor.facilityId, lotId);
  const held = holds.filter((hold) => hold.lotId === lotId);
  const hold = held.find((candidate) => candidate.kind === 'confiscated') ?? held[0];
  if (hold) throw new InputLotHeld(hold);
  if (lot.productType === 'non_timber') throw new WeightProductNotTransformable(lotId, lot.species);
  // A date alone stands for its whole day: sawing on the day of arrival is not before it.
  if (endOf(at)! <= instantOf(lot.arrivedAt)!) throw new TransformationBeforeInput(lotId, lot.arrivedAt, at);
  const taken = positiveCubicMetres(volume, `inputs[${index}].volume`);
  if (taken > lot.remaining) throw new InsufficientInventory(lotId, taken, lot.remaining);
  return { lotId, species: lot.species, productType: lot.productType, volume: m3(taken) };
}

/** No species appears out of nowhere; the output takes the input's spelling of the name. */
function outputOf({ lotId, species, productType, volume }: TransformationOutput, index: number, inputs: readonly ConsumedInput[]): Output {
  const m3Out = positiveCubicMetres(volume, `outputs[${index}].volume`);
  const inputSpecies = [...new Set(inputs.map((input) => input.species))];
  const named = inputSpecies.find((name) => nameKey(name) === nameKey(species));
  if (named === undefined) throw new OutputSpeciesNotInInputs(lotId, species, inputSpecies);
  return { lotId, species: named, productType, volume: m3(m3Out) };
}

/** Every input product of a species needs a coefficient in force towards every product made of that species. */
function speciesYields(inputs: readonly ConsumedInput[], outputs: readonly Output[], facts: readonly YieldFact[]): SpeciesYield[] {
  return [...new Set(outputs.map((output) => output.species))].map((species) => {
    const factOf = (input: TimberProduct, output: TimberProduct) => {
      const found = yieldFactOf(facts, species, input, output);
      if (found === undefined) throw new YieldCoefficientMissing(species, input, output);
      return found;
    };
    const ofSpecies = <T extends { species: string }>(lots: readonly T[]) => lots.filter((lot) => lot.species === species);
    return speciesYield(species, byProduct(ofSpecies(inputs)), byProduct(ofSpecies(outputs)), factOf);
  });
}

/** Each input of the output's species, in proportion to the output's share of that species' output. */
function parentsOf(output: Output, inputs: readonly ConsumedInput[], outputs: readonly Output[]): LotShare[] {
  const speciesOutput = outputs.filter((other) => other.species === output.species).reduce((sum, other) => sum + other.volume.value, 0);
  return inputs
    .filter((input) => input.species === output.species)
    .map((input) => ({ lotId: input.lotId, volume: m3((input.volume.value * output.volume.value) / speciesOutput) }));
}

function byProduct(lots: readonly { productType: TimberProduct; volume: { value: number } }[]): ProductVolumes {
  const volumes: ProductVolumes = {};
  for (const lot of lots) volumes[lot.productType] = (volumes[lot.productType] ?? 0) + lot.volume.value;
  return volumes;
}
