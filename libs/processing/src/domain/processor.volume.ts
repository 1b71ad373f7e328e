import { cubicMetres, roundVolume, toCubicMetres, type Volume } from '#shared-kernel';
import { VolumeNotPositive } from './processor.errors.js';

/** m³ of a volume given in any unit, refused when nothing would be left after rounding. */
export function positiveCubicMetres(volume: Volume, field: string): number {
  const m3 = roundVolume(toCubicMetres(volume));
  if (m3 <= 0) throw new VolumeNotPositive(field, m3);
  return m3;
}

export function m3(value: number): Volume {
  return cubicMetres(roundVolume(value));
}
