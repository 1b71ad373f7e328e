import { baseAmount, isVolume, type Quantity, roundVolume } from '#shared-kernel';

/** m³ of timber, or kg of a product traded by weight, as a decimal string: one never in the other's field. */
export type HeldAmount = { readonly m3: string } | { readonly kg: string };

/** A quantity custody gave in any unit, in m³ or kg at a tenth of a litre (or gram). */
export function heldAmountOf(quantity: Quantity): HeldAmount {
  const amount = String(roundVolume(baseAmount(quantity)));
  return isVolume(quantity) ? { m3: amount } : { kg: amount };
}
