import { DomainError } from './errors.js';

/** Units a quantity of timber may be given in; every quantity carries its unit. */
export const VOLUME_UNITS = ['m3', 'board_feet'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

export interface Volume {
  readonly value: number;
  readonly unit: VolumeUnit;
}

/** 1 board foot (pie tablar) = 0.00235974 m³. */
export const CUBIC_METRES_PER_BOARD_FOOT = 0.00235974;

export function toCubicMetres({ value, unit }: Volume): number {
  if (!Number.isFinite(value) || value < 0) throw new DomainError('invalid', 'invalid_volume', `A volume must be finite and not negative, got ${value}`);
  return unit === 'm3' ? value : value * CUBIC_METRES_PER_BOARD_FOOT;
}

export function cubicMetres(value: number): Volume {
  return { value, unit: 'm3' };
}

/** Volumes are compared and summed at a tenth of a litre so float noise never decides a quota. */
export function roundVolume(m3: number): number {
  return Math.round(m3 * 10_000) / 10_000;
}

export class VolumeNotPositive extends DomainError {
  constructor(field: string, volumeM3: number) {
    super('invalid', 'volume_not_positive', `${field} must be more than 0 m³, got ${volumeM3}`, { field, volumeM3 });
  }
}

/** m³ of a volume given in any unit, refused when nothing would be left after rounding. */
export function positiveCubicMetres(volume: Volume, field: string): number {
  const m3 = roundVolume(toCubicMetres(volume));
  if (m3 <= 0) throw new VolumeNotPositive(field, m3);
  return m3;
}
