import { cubicMetres, roundVolume, toCubicMetres, type Volume } from '#shared-kernel';
import { InsufficientLotVolume, VolumeNotPositive } from './lot.errors.js';
import type { Lot } from './lot.state.js';

/** m³ of a volume given in any unit, refused when nothing would be left after rounding. */
export function positiveCubicMetres(volume: Volume, field: string): number {
  const m3 = roundVolume(toCubicMetres(volume));
  if (m3 <= 0) throw new VolumeNotPositive(field, m3);
  return m3;
}

export function m3(value: number): Volume {
  return cubicMetres(roundVolume(value));
}

/** What remains once `volume` m³ leave the lot: never below zero. */
export function remainingAfter(lot: Lot, volume: number): number {
  if (volume > lot.remaining) throw new InsufficientLotVolume(lot.lotId, volume, lot.remaining);
  return roundVolume(lot.remaining - volume);
}
