import { Decimal } from 'decimal.js';

/** decimal.js at its greatest precision, so sums and products are exact and every rounding below is explicit. */
const Exact = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

/** A plain decimal as people write it: no exponent, sign other than minus, spaces or thousands separators. */
const PLAIN_DECIMAL = /^-?\d{1,20}(\.\d{1,10})?$/;

export function parseDecimal(text: unknown): Exact | undefined {
  return typeof text === 'string' && PLAIN_DECIMAL.test(text) ? new Exact(text) : undefined;
}

/** A constant of the code, written as a plain decimal. */
export function exact(text: string): Exact {
  const value = parseDecimal(text);
  if (value === undefined) throw new Error(`Not a plain decimal: ${text}`);
  return value;
}

/**
 * a ÷ b rounded half up to `places`, for a ≥ 0 and b > 0, as the integer ⌊(2n + b) / 2b⌋ for n = a·10^places, times
 * 10^-places: integer division is exact, so a repeating quotient is never cut short before its one rounding.
 */
export function divideHalfUp(a: Exact, b: Exact, places: number): Exact {
  const n = a.times(`1e${places}`);
  return n.times(2).plus(b).divToInt(b.times(2)).times(`1e-${places}`);
}

export function roundHalfUp(value: Exact, places: number): Exact {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Written with `places` decimals, or more when the value has them: a factor of 1.125 stays 1.125, 1.2 reads 1.20. */
export function written(value: Exact, places: number): string {
  return value.toFixed(Math.max(places, value.decimalPlaces()));
}
