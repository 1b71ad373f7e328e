import type { RecordTransformation } from './processor.commands.js';
import { InvalidTransformation, InvalidYieldFact, OutputLotIdTaken } from './processor.errors.js';
import type { Processor } from './processor.state.js';

/** What a transformation must say before it is judged: inputs, outputs, distinct lots, new product lot ids, sound yield facts. */
export function mustBeWellFormed(data: RecordTransformation['data'], processor: Processor): void {
  const { transformationId, inputs, outputs } = data;
  if (inputs.length === 0) throw new InvalidTransformation(transformationId, 'no_inputs');
  if (outputs.length === 0) throw new InvalidTransformation(transformationId, 'no_outputs');
  const lotIds = [...inputs, ...outputs].map((lot) => lot.lotId);
  const repeated = lotIds.find((lotId, index) => lotIds.indexOf(lotId) !== index);
  if (repeated !== undefined) throw new InvalidTransformation(transformationId, 'duplicate_lot', { lotId: repeated });
  if (data.exception !== undefined && data.exception.reason.trim() === '') throw new InvalidTransformation(transformationId, 'missing_exception_reason');
  const taken = outputs.find((output) => processor.inventory.has(output.lotId));
  if (taken) throw new OutputLotIdTaken(taken.lotId);
  const unsound = data.yieldFacts.find((fact) => !(fact.maxYield > 0 && fact.maxYield <= 1));
  if (unsound) throw new InvalidYieldFact(unsound.species, unsound.inputProduct, unsound.outputProduct, unsound.maxYield);
}
