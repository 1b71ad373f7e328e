import { measureOfProduct, sameSpecies } from './lot.js';
import type { MergeIntoLot, MergeLots, SplitLot } from './lot.commands.js';
import { InvalidLineage, MergeMismatch } from './lot.errors.js';
import type { LotMergedInto, LotsMerged, LotSplit } from './lot.events.js';
import { free, mustRestAt, resting } from './lot.guards.js';
import { lineageShares, totalAmount, withShares } from './lot.shares.js';
import type { LotState } from './lot.state.js';
import { amountIn, inMeasure, lotMeasure, remainingAfter } from './lot.volume.js';

// Parents decide first and give up volume; the new or target lot then records what it was given.

/** Children take at most what remains; any remainder stays with this lot. */
export function splitLot({ data }: SplitLot, state: LotState): LotSplit[] {
  const lot = free(state);
  const place = resting(lot);
  const measure = lotMeasure(lot);
  const children = lineageShares(lot.lotId, data.children, 'children', measure);
  const remaining = remainingAfter(lot, totalAmount(children));
  return [
    {
      type: 'LotSplit',
      data: {
        lotId: lot.lotId,
        children,
        species: lot.species,
        productType: lot.productType,
        place,
        remaining: inMeasure(remaining, measure),
        lineage: { parents: lot.parents, children: withShares(lot.children, children) },
        at: data.at,
      },
    },
  ];
}

/** A parent gives volume to a merge target of the same species, measure and product, resting at the same place. */
export function mergeIntoLot({ data }: MergeIntoLot, state: LotState): LotMergedInto[] {
  const lot = free(state);
  if (data.targetLotId === lot.lotId) throw new InvalidLineage(lot.lotId, 'self_reference', [data.targetLotId]);
  mustRestAt(lot, data.target.place);
  if (!sameSpecies(lot.species, data.target.species)) throw new MergeMismatch(lot.lotId, data.targetLotId, 'species', lot.species, data.target.species);
  const measure = lotMeasure(lot);
  const targetMeasure = measureOfProduct(data.target.productType);
  if (measure !== targetMeasure) throw new MergeMismatch(lot.lotId, data.targetLotId, 'measure', measure, targetMeasure);
  if (lot.productType !== data.target.productType) {
    throw new MergeMismatch(lot.lotId, data.targetLotId, 'productType', lot.productType, data.target.productType);
  }
  const volume = amountIn(data.volume, measure, 'volume');
  const remaining = remainingAfter(lot, volume);
  const given = { lotId: data.targetLotId, volume: inMeasure(volume, measure) };
  const lineage = { parents: lot.parents, children: withShares(lot.children, [given]) };
  return [{ type: 'LotMergedInto', data: { lotId: lot.lotId, targetLotId: data.targetLotId, volume: given.volume, remaining: inMeasure(remaining, measure), lineage, at: data.at } }];
}

/** The target takes in what its parents gave up; it must be free to change and off the road. */
export function mergeLots({ data }: MergeLots, state: LotState): LotsMerged[] {
  const lot = free(state);
  resting(lot);
  const measure = lotMeasure(lot);
  const parents = lineageShares(lot.lotId, data.parents, 'parents', measure);
  const added = totalAmount(parents);
  const lineage = { parents: withShares(lot.parents, parents), children: lot.children };
  return [{ type: 'LotsMerged', data: { lotId: lot.lotId, parents, addedVolume: inMeasure(added, measure), volume: inMeasure(lot.remaining + added, measure), lineage, at: data.at } }];
}
