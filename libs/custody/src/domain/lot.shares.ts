import { roundVolume } from '#shared-kernel';
import type { LotShare } from './lot.js';
import { InvalidLineage } from './lot.errors.js';
import { m3, positiveCubicMetres } from './lot.volume.js';

/** Parents or children of `lotId`: at least one, distinct, not the lot itself, each with volume; volumes restated in m³. */
export function lineageShares(lotId: string, shares: readonly LotShare[], field: string): LotShare[] {
  const lotIds = shares.map((share) => share.lotId);
  if (shares.length === 0) throw new InvalidLineage(lotId, 'no_lots', lotIds);
  if (lotIds.includes(lotId)) throw new InvalidLineage(lotId, 'self_reference', lotIds);
  if (new Set(lotIds).size !== lotIds.length) throw new InvalidLineage(lotId, 'duplicate_lot', lotIds);
  return shares.map((share, index) => ({ lotId: share.lotId, volume: m3(positiveCubicMetres(share.volume, `${field}[${index}].volume`)) }));
}

export function totalCubicMetres(shares: readonly LotShare[]): number {
  return roundVolume(shares.reduce((sum, share) => sum + share.volume.value, 0));
}

/** One edge per related lot: a lot that gives volume twice to the same lot is one share with the sum. */
export function withShares(shares: readonly LotShare[], added: readonly LotShare[]): LotShare[] {
  const byLot = new Map(shares.map((share) => [share.lotId, share.volume.value]));
  for (const share of added) byLot.set(share.lotId, (byLot.get(share.lotId) ?? 0) + share.volume.value);
  return [...byLot].map(([lotId, volume]) => ({ lotId, volume: m3(volume) }));
}
