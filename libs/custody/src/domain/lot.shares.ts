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
