import { describe, expect, it } from '@jest/globals';
import { compareDecimals, isDecimal } from './decimal.js';

describe('decimals written as strings', () => {
  it('take digits with at most one point, and nothing else', () => {
    for (const text of ['0', '0.10', '3', '10', '5000', '4950.005']) expect(isDecimal(text)).toBe(true);
    for (const value of ['', '-1', '+3', '03', '.5', '5.', '1e3', '1,5', ' 3', 3, 0.1, null]) expect(isDecimal(value)).toBe(false);
  });

  it('compare exactly, whatever the decimals written', () => {
    expect(compareDecimals('0.10', '0.1')).toBe(0);
    expect(compareDecimals('3', '3.000')).toBe(0);
    expect(compareDecimals('0.10', '3')).toBeLessThan(0);
    expect(compareDecimals('10', '9.999999999999999999')).toBeGreaterThan(0);
    expect(compareDecimals('2.9999999999999999999', '3')).toBeLessThan(0);
    expect(compareDecimals('5000', '500.0')).toBeGreaterThan(0);
  });
});
