import { describe, expect, it } from '@jest/globals';
import { CUBIC_METRES_PER_BOARD_FOOT, roundVolume, toCubicMetres } from './quantity.js';

describe('quantity', () => {
  it('converts board feet to cubic metres by the legal constant', () => {
    expect(toCubicMetres({ value: 1, unit: 'board_feet' })).toBe(CUBIC_METRES_PER_BOARD_FOOT);
    expect(roundVolume(toCubicMetres({ value: 423.8, unit: 'board_feet' }))).toBe(1.0001);
    expect(toCubicMetres({ value: 12.5, unit: 'm3' })).toBe(12.5);
  });

  it('refuses negative or non-finite volumes', () => {
    expect(() => toCubicMetres({ value: -1, unit: 'm3' })).toThrow('finite and not negative');
    expect(() => toCubicMetres({ value: Number.NaN, unit: 'm3' })).toThrow();
  });
});
