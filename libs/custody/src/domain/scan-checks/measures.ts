import { roundVolume, toCubicMetres, type Volume } from '#shared-kernel';

// Evidence is recorded at the precision an officer would read it; comparisons use the unrounded figures.

export function m3(volume: Volume): number {
  return roundVolume(toCubicMetres(volume));
}

export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
