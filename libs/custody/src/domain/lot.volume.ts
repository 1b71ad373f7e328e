import { cubicMetres, roundVolume, type Volume } from '#shared-kernel';
import { InsufficientLotVolume } from './lot.errors.js';
import type { Lot } from './lot.state.js';

export { positiveCubicMetres } from '#shared-kernel';

export function m3(value: number): Volume {
  return cubicMetres(roundVolume(value));
}

/** What remains once `volume` m³ leave the lot: never below zero. */
export function remainingAfter(lot: Lot, volume: number): number {
  if (volume > lot.remaining) throw new InsufficientLotVolume(lot.lotId, volume, lot.remaining);
  return roundVolume(lot.remaining - volume);
}
