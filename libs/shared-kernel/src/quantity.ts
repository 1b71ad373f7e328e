import { DomainError } from './errors.js';

/** Units timber is measured in; every quantity carries its unit. */
export const VOLUME_UNITS = ['m3', 'board_feet'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

/** Units a product traded by weight (tara pods, say) is measured in. */
export const WEIGHT_UNITS = ['kg'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

export const QUANTITY_UNITS = [...VOLUME_UNITS, ...WEIGHT_UNITS] as const;
export type QuantityUnit = VolumeUnit | WeightUnit;

/** How a product is traded: timber by volume, non-timber forest products by weight. */
export const MEASURES = ['volume', 'weight'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Volume {
  readonly value: number;
  readonly unit: VolumeUnit;
}

/** A volume or a weight: events keep the field name `volume` for either, the unit says which. */
export interface Quantity {
  readonly value: number;
  readonly unit: QuantityUnit;
}

/** The unit every amount of a measure is kept and summed in. */
export const BASE_UNIT = { volume: 'm3', weight: 'kg' } as const satisfies Record<Measure, QuantityUnit>;

/** How a message writes a measure's base unit. */
export const BASE_UNIT_SYMBOL = { volume: 'm³', weight: 'kg' } as const satisfies Record<Measure, string>;

export function measureOf(unit: QuantityUnit): Measure {
  return (WEIGHT_UNITS as readonly string[]).includes(unit) ? 'weight' : 'volume';
}

export function isVolume(quantity: Quantity): quantity is Volume {
  return measureOf(quantity.unit) === 'volume';
}

/** 1 board foot (pie tablar) = 0.00235974 m³. */
export const CUBIC_METRES_PER_BOARD_FOOT = 0.00235974;

export function toCubicMetres({ value, unit }: Volume): number {
  if (!Number.isFinite(value) || value < 0) throw new DomainError('invalid', 'invalid_volume', `A volume must be finite and not negative, got ${value}`);
  return unit === 'm3' ? value : value * CUBIC_METRES_PER_BOARD_FOOT;
}

/** A quantity in its measure's base unit: m³ for a volume, kg for a weight. */
export function baseAmount(quantity: Quantity): number {
  if (isVolume(quantity)) return toCubicMetres(quantity);
  if (!Number.isFinite(quantity.value) || quantity.value < 0) throw new DomainError('invalid', 'invalid_weight', `A weight must be finite and not negative, got ${quantity.value}`);
  return quantity.value;
}

export function cubicMetres(value: number): Volume {
  return { value, unit: 'm3' };
}

/** An amount of a measure as a quantity in its base unit. */
export function inBaseUnit(amount: number, measure: Measure): Quantity {
  return { value: amount, unit: BASE_UNIT[measure] };
}

/** Amounts are compared and summed at a tenth of a litre (or gram) so float noise never decides a quota. */
export function roundVolume(amount: number): number {
  return Math.round(amount * 10_000) / 10_000;
}

export class VolumeNotPositive extends DomainError {
  constructor(field: string, volumeM3: number) {
    super('invalid', 'volume_not_positive', `${field} must be more than 0 m³, got ${volumeM3}`, { field, volumeM3 });
  }
}

export class QuantityNotPositive extends DomainError {
  constructor(field: string, amount: number, unit: QuantityUnit) {
    super('invalid', 'quantity_not_positive', `${field} must be more than 0 ${unit}, got ${amount}`, { field, amount, unit });
  }
}

/** A quantity in a measure the product is not traded by: kilograms of timber, m³ of tara. */
export class MeasureMismatch extends DomainError {
  constructor(field: string, expected: Measure, unit: QuantityUnit) {
    super('invalid', 'measure_mismatch', `${field} must be a ${expected} (${expected === 'volume' ? VOLUME_UNITS.join(' or ') : WEIGHT_UNITS.join(' or ')}), got ${unit}`, { field, expected, unit });
  }
}

/** m³ of a volume given in any unit, refused when nothing would be left after rounding. */
export function positiveCubicMetres(volume: Volume, field: string): number {
  const m3 = roundVolume(toCubicMetres(volume));
  if (m3 <= 0) throw new VolumeNotPositive(field, m3);
  return m3;
}

/** A quantity's base amount (m³ or kg), refused when nothing would be left after rounding. */
export function positiveAmount(quantity: Quantity, field: string): number {
  if (isVolume(quantity)) return positiveCubicMetres(quantity, field);
  const kg = roundVolume(baseAmount(quantity));
  if (kg <= 0) throw new QuantityNotPositive(field, kg, quantity.unit);
  return kg;
}

/** Refuses a quantity in another measure than `expected`. */
export function requireMeasure(quantity: Quantity, expected: Measure, field: string): void {
  if (measureOf(quantity.unit) !== expected) throw new MeasureMismatch(field, expected, quantity.unit);
}
