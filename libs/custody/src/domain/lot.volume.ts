import { inBaseUnit, type Measure, positiveAmount, type Quantity, requireMeasure, roundVolume } from '#shared-kernel';
import { measureOfProduct } from './lot.js';
import { InsufficientLotVolume } from './lot.errors.js';
import type { Lot } from './lot.state.js';

/** A lot is measured as its product is traded: by volume, or by weight for a non-timber product. */
export function lotMeasure(lot: Pick<Lot, 'productType'>): Measure {
  return measureOfProduct(lot.productType);
}

/** An amount of `measure` as a quantity in its base unit (m³ or kg), rounded. */
export function inMeasure(amount: number, measure: Measure): Quantity {
  return inBaseUnit(roundVolume(amount), measure);
}

/** A quantity given to or asked of a lot of `measure`: in that measure and more than nothing; its amount in the base unit. */
export function amountIn(quantity: Quantity, measure: Measure, field: string): number {
  requireMeasure(quantity, measure, field);
  return positiveAmount(quantity, field);
}

/** What remains once `amount` (in the lot's base unit) leaves the lot: never below zero. */
export function remainingAfter(lot: Lot, amount: number): number {
  if (amount > lot.remaining) throw new InsufficientLotVolume(lot.lotId, amount, lot.remaining, lotMeasure(lot));
  return roundVolume(lot.remaining - amount);
}
