import { cubicMetres, roundVolume, type Volume } from '#shared-kernel';

export { positiveCubicMetres } from '#shared-kernel';

export function m3(value: number): Volume {
  return cubicMetres(roundVolume(value));
}
