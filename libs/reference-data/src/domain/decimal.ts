/** A non-negative decimal as a decree writes it (`0.10`, `3`, `5000`): no sign, exponent or leading zeros. */
export const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/** Written as a string, never a float: fines and values set by law are compared and carried digit for digit. */
export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** Negative, zero or positive as `a` is below, equal to or above `b`; exact at any number of decimals (`0.10` equals `0.1`). */
export function compareDecimals(a: string, b: string): number {
  const [aWhole = '', aFraction = ''] = a.split('.');
  const [bWhole = '', bFraction = ''] = b.split('.');
  const places = Math.max(aFraction.length, bFraction.length);
  const difference = BigInt(aWhole + aFraction.padEnd(places, '0')) - BigInt(bWhole + bFraction.padEnd(places, '0'));
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
