import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { divideHalfUp, exact, parseDecimal, roundHalfUp, written } from './exact.js';

describe('exact decimals', () => {
  it('round half up, from the exact value', () => {
    expect(written(roundHalfUp(exact('1.005'), 2), 2)).toBe('1.01');
    expect(written(roundHalfUp(exact('1.0049999999'), 2), 2)).toBe('1.00');
  });

  it('divide to the rounding digit without cutting a repeating quotient short', () => {
    expect(written(divideHalfUp(exact('1'), exact('3'), 2), 2)).toBe('0.33');
    expect(written(divideHalfUp(exact('2'), exact('3'), 2), 2)).toBe('0.67');
    expect(written(divideHalfUp(exact('8294'), exact('4400'), 2), 2)).toBe('1.89');
    expect(written(divideHalfUp(exact('99999999999999999999.99'), exact('0.0000000003'), 2), 2)).toBe('333333333333333333333300000000.00');
  });

  it('round a quotient a hair under half a cent down, where a division to 20 significant digits would round it twice, up', () => {
    const [dividend, divisor] = ['149999999999999999.9999999999', '30000000000000000000'];
    // The quotient is 0.005 − 3.3…×10⁻³⁰: decimal.js's default 20 significant digits read it 0.005, then 0.01.
    expect(new Decimal(dividend).dividedBy(divisor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe('0.01');
    expect(written(divideHalfUp(exact(dividend), exact(divisor), 2), 2)).toBe('0.00');
  });

  it('add, subtract, multiply and compare without rounding', () => {
    expect(written(exact('0.1').plus(exact('0.2')), 0)).toBe('0.3');
    expect(written(exact('1').minus(exact('0.125')), 0)).toBe('0.875');
    expect(written(exact('5529.33').times(exact('1.50')), 0)).toBe('8293.995');
    expect([exact('0.10').cmp(exact('0.1')), exact('2.999').cmp(exact('3')), exact('3').cmp(exact('2.99'))]).toEqual([0, -1, 1]);
  });

  it('count the decimals that carry a digit', () => {
    expect([exact('0.10'), exact('3.000'), exact('1.125'), exact('12')].map((value) => value.decimalPlaces())).toEqual([1, 0, 3, 0]);
  });

  it('write a figure with at least the places asked and every decimal it has', () => {
    expect(written(exact('1.2'), 2)).toBe('1.20');
    expect(written(exact('1.125'), 2)).toBe('1.125');
    expect(written(exact('26750000'), 2)).toBe('26750000.00');
    expect(written(exact('0.050'), 0)).toBe('0.05');
    expect(written(exact('-0.5'), 2)).toBe('-0.50');
  });

  it('read plain decimals only', () => {
    expect(parseDecimal('0012.50')?.toFixed()).toBe('12.5');
    expect(parseDecimal('-3')?.isNegative()).toBe(true);
    expect(['1e3', '1E3', '0x1A', '1_000', '1 000', '١٢', '12.5\n', 12.5, null].map(parseDecimal)).toEqual(Array(9).fill(undefined));
  });
});
