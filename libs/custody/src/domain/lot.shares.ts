import { type Measure, measureOf, roundVolume } from '#shared-kernel';
import type { LotShare } from './lot.js';
import { InvalidLineage } from './lot.errors.js';
import { amountIn, inMeasure } from './lot.volume.js';

/** Parents or children of `lotId`: at least one, distinct, not the lot itself, each with an amount in `measure`; restated in its base unit. */
export function lineageShares(lotId: string, shares: readonly LotShare[], field: string, measure: Measure): LotShare[] {
  const lotIds = shares.map((share) => share.lotId);
  if (shares.length === 0) throw new InvalidLineage(lotId, 'no_lots', lotIds);
  if (lotIds.includes(lotId)) throw new InvalidLineage(lotId, 'self_reference', lotIds);
  if (new Set(lotIds).size !== lotIds.length) throw new InvalidLineage(lotId, 'duplicate_lot', lotIds);
  return shares.map((share, index) => ({ lotId: share.lotId, volume: inMeasure(amountIn(share.volume, measure, `${field}[${index}].volume`), measure) }));
}

/** Shares of one measure, in its base unit. */
export function totalAmount(shares: readonly LotShare[]): number {
  return roundVolume(shares.reduce((sum, share) => sum + share.volume.value, 0));
}

/** One edge per related lot: a lot that gives volume twice to the same lot is one share with the sum. */
export function withShares(shares: readonly LotShare[], added: readonly LotShare[]): LotShare[] {
  const byLot = new Map<string, { amount: number; measure: Measure }>();
  for (const share of [...shares, ...added]) {
    const amount = (byLot.get(share.lotId)?.amount ?? 0) + share.volume.value;
    byLot.set(share.lotId, { amount, measure: measureOf(share.volume.unit) });
  }
  return [...byLot].map(([lotId, { amount, measure }]) => ({ lotId, volume: inMeasure(amount, measure) }));
}
