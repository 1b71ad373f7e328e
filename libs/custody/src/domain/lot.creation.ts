import type { AbandonMerge, CreateChildLot, CreateExtractedLot, CreateProductLot, RequestMerge } from './lot.commands.js';
import { InvalidPieceCount, LotAlreadyExists } from './lot.errors.js';
import type { ChildLotCreated, LotConfiscated, LotExtracted, LotImmobilised, LotMergeAbandoned, LotMergeRequested, ProductLotCreated } from './lot.events.js';
import type { InheritedHold } from './lot.js';
import { lineageShares, totalCubicMetres } from './lot.shares.js';
import type { LotState } from './lot.state.js';
import { m3, positiveCubicMetres } from './lot.volume.js';

function mustNotExist(state: LotState): void {
  if (state !== undefined) throw new LotAlreadyExists(state.lotId);
}

export function createExtractedLot({ data }: CreateExtractedLot, state: LotState): LotExtracted[] {
  mustNotExist(state);
  const volume = positiveCubicMetres(data.volume, 'volume');
  if (!Number.isInteger(data.pieces) || data.pieces < 1) throw new InvalidPieceCount(data.pieces);
  return [{ type: 'LotExtracted', data: { ...data, productType: 'roundwood', volume: m3(volume) } }];
}

export function createProductLot({ data }: CreateProductLot, state: LotState): (ProductLotCreated | LotImmobilised | LotConfiscated)[] {
  mustNotExist(state);
  const { inheritedHold, ...product } = data;
  const volume = m3(positiveCubicMetres(data.volume, 'volume'));
  const parents = lineageShares(data.lotId, data.parents, 'parents');
  return [{ type: 'ProductLotCreated', data: { ...product, volume, parents } }, ...heldAsParent(data.lotId, volume.value, product.species, data.at, inheritedHold)];
}

/** The child holds exactly what its parents gave up. */
export function createChildLot({ data }: CreateChildLot, state: LotState): (ChildLotCreated | LotImmobilised | LotConfiscated)[] {
  mustNotExist(state);
  const { inheritedHold, ...child } = data;
  const parents = lineageShares(data.lotId, data.parents, 'parents');
  const volume = m3(totalCubicMetres(parents));
  return [{ type: 'ChildLotCreated', data: { ...child, parents, volume } }, ...heldAsParent(data.lotId, volume.value, child.species, data.at, inheritedHold)];
}

export function requestMerge({ data }: RequestMerge, state: LotState): LotMergeRequested[] {
  mustNotExist(state);
  return [{ type: 'LotMergeRequested', data: { ...data, parents: lineageShares(data.lotId, data.parents, 'parents') } }];
}

export function abandonMerge({ data }: AbandonMerge, state: LotState): LotMergeAbandoned[] {
  mustNotExist(state);
  return [{ type: 'LotMergeAbandoned', data }];
}

/** A lot made from a held parent is held under the parent's case from its first moment. */
function heldAsParent(lotId: string, volume: number, species: string, at: string, hold: InheritedHold | undefined): (LotImmobilised | LotConfiscated)[] {
  if (!hold) return [];
  const { caseRef, authority, fromLotId } = hold;
  if (hold.kind === 'confiscated') return [{ type: 'LotConfiscated', data: { lotId, caseRef, authority, species, volume: m3(volume), at } }];
  return [{ type: 'LotImmobilised', data: { lotId, caseRef, reason: `Made from lot ${fromLotId}, held under ${caseRef}`, authority, volume: m3(volume), at } }];
}
