import { measureOf, positiveAmount } from '#shared-kernel';
import type { AbandonMerge, CreateChildLot, CreateExtractedLot, CreateProductLot, RequestMerge } from './lot.commands.js';
import { InvalidPieceCount, LotAlreadyExists } from './lot.errors.js';
import type { ChildLotCreated, LotConfiscated, LotExtracted, LotImmobilised, LotMergeAbandoned, LotMergeRequested, ProductLotCreated } from './lot.events.js';
import { type InheritedHold, measureOfProduct } from './lot.js';
import { lineageShares, totalAmount } from './lot.shares.js';
import type { LotState } from './lot.state.js';
import { amountIn, inMeasure } from './lot.volume.js';

function mustNotExist(state: LotState): void {
  if (state !== undefined) throw new LotAlreadyExists(state.lotId);
}

/** Harvest extracts roundwood by volume, or a non-timber product by weight: the unit of the extraction says which. */
export function createExtractedLot({ data }: CreateExtractedLot, state: LotState): LotExtracted[] {
  mustNotExist(state);
  const measure = measureOf(data.volume.unit);
  const volume = positiveAmount(data.volume, 'volume');
  if (!Number.isInteger(data.pieces) || data.pieces < 1) throw new InvalidPieceCount(data.pieces);
  const productType = measure === 'weight' ? 'non_timber' : 'roundwood';
  return [{ type: 'LotExtracted', data: { ...data, productType, volume: inMeasure(volume, measure) } }];
}

/** The product and its parents' shares are in the measure its product type is traded by. */
export function createProductLot({ data }: CreateProductLot, state: LotState): (ProductLotCreated | LotImmobilised | LotConfiscated)[] {
  mustNotExist(state);
  const { inheritedHold, ...product } = data;
  const measure = measureOfProduct(data.productType);
  const volume = inMeasure(amountIn(data.volume, measure, 'volume'), measure);
  const parents = lineageShares(data.lotId, data.parents, 'parents', measure);
  return [{ type: 'ProductLotCreated', data: { ...product, volume, parents } }, ...heldAsParent(data.lotId, volume.value, product, data.at, inheritedHold)];
}

/** The child holds exactly what its parents gave up, in their measure. */
export function createChildLot({ data }: CreateChildLot, state: LotState): (ChildLotCreated | LotImmobilised | LotConfiscated)[] {
  mustNotExist(state);
  const { inheritedHold, ...child } = data;
  const measure = measureOfProduct(data.productType);
  const parents = lineageShares(data.lotId, data.parents, 'parents', measure);
  const volume = inMeasure(totalAmount(parents), measure);
  return [{ type: 'ChildLotCreated', data: { ...child, parents, volume } }, ...heldAsParent(data.lotId, volume.value, child, data.at, inheritedHold)];
}

export function requestMerge({ data }: RequestMerge, state: LotState): LotMergeRequested[] {
  mustNotExist(state);
  return [{ type: 'LotMergeRequested', data: { ...data, parents: lineageShares(data.lotId, data.parents, 'parents', measureOfProduct(data.target.productType)) } }];
}

export function abandonMerge({ data }: AbandonMerge, state: LotState): LotMergeAbandoned[] {
  mustNotExist(state);
  return [{ type: 'LotMergeAbandoned', data }];
}

/** A lot made from a held parent is held under the parent's case from its first moment. */
function heldAsParent(
  lotId: string,
  amount: number,
  { species, productType }: Pick<CreateChildLot['data'], 'species' | 'productType'>,
  at: string,
  hold: InheritedHold | undefined,
): (LotImmobilised | LotConfiscated)[] {
  if (!hold) return [];
  const { caseRef, authority, fromLotId } = hold;
  const volume = inMeasure(amount, measureOfProduct(productType));
  if (hold.kind === 'confiscated') return [{ type: 'LotConfiscated', data: { lotId, caseRef, authority, species, volume, at } }];
  return [{ type: 'LotImmobilised', data: { lotId, caseRef, reason: `Made from lot ${fromLotId}, held under ${caseRef}`, authority, volume, at } }];
}
