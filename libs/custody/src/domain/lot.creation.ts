import type { CreateChildLot, CreateExtractedLot, CreateProductLot } from './lot.commands.js';
import { InvalidPieceCount, LotAlreadyExists } from './lot.errors.js';
import type { ChildLotCreated, LotExtracted, ProductLotCreated } from './lot.events.js';
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

export function createProductLot({ data }: CreateProductLot, state: LotState): ProductLotCreated[] {
  mustNotExist(state);
  const volume = positiveCubicMetres(data.volume, 'volume');
  const parents = lineageShares(data.lotId, data.parents, 'parents');
  return [{ type: 'ProductLotCreated', data: { ...data, volume: m3(volume), parents } }];
}

/** The child holds exactly what its parents gave up. */
export function createChildLot({ data }: CreateChildLot, state: LotState): ChildLotCreated[] {
  mustNotExist(state);
  const parents = lineageShares(data.lotId, data.parents, 'parents');
  return [{ type: 'ChildLotCreated', data: { ...data, parents, volume: m3(totalCubicMetres(parents)) } }];
}
