import { describe, expect, it } from '@jest/globals';
import { CUBIC_METRES_PER_BOARD_FOOT, toCubicMetres as kernelToCubicMetres } from '#shared-kernel';
import { DensityUnknown, InvalidQuantity, UnknownUnit } from '../../../libs/reference-data/src/domain/conversion.errors.js';
import type { UnitEntry } from '../../../libs/reference-data/src/domain/unit-entry.js';
import { fromCubicMetres, toCubicMetres } from '../../../libs/reference-data/src/domain/volume-conversion.js';

const units: UnitEntry[] = [
  { unit: 'm3', kind: 'volume', factor: 1 },
  { unit: 'board_feet', kind: 'volume', factor: 0.00235974 },
  { unit: 'kg', kind: 'mass', factor: 1 },
  { unit: 't', kind: 'mass', factor: 1000 },
];
const cedro = { scientificName: 'Cedrela odorata', greenKgPerM3: 800 };

describe('volume conversion', () => {
  it('turns board feet into m³ by exactly 0.00235974 m³ each, as the shared kernel does', () => {
    expect(toCubicMetres(1, 'board_feet', { units })).toBe(0.00235974);
    expect(toCubicMetres(1, 'board_feet', { units })).toBe(CUBIC_METRES_PER_BOARD_FOOT);
    for (const value of [0, 1, 423.8, 14_000, 81_514]) {
      expect(toCubicMetres(value, 'board_feet', { units })).toBe(value * 0.00235974);
      expect(toCubicMetres(value, 'board_feet', { units })).toBe(kernelToCubicMetres({ value, unit: 'board_feet' }));
    }
  });

  it('turns m³ back into board feet by the same constant', () => {
    expect(fromCubicMetres(0.00235974, 'board_feet', { units })).toBe(1);
    expect(fromCubicMetres(1, 'board_feet', { units })).toBe(1 / 0.00235974);
    expect(fromCubicMetres(1, 'board_feet', { units })).toBeCloseTo(423.7755, 4);
    for (const value of [1, 423.8, 14_000]) expect(fromCubicMetres(toCubicMetres(value, 'board_feet', { units }), 'board_feet', { units })).toBeCloseTo(value, 9);
  });

  it('leaves m³ as they are', () => {
    expect(toCubicMetres(12.5, 'm3', { units })).toBe(12.5);
    expect(fromCubicMetres(12.5, 'm3', { units })).toBe(12.5);
  });

  it('turns a weight into m³ through the species green density, and back', () => {
    expect(toCubicMetres(8000, 'kg', { units, species: 'Cedrela odorata', density: cedro })).toBe(10);
    expect(toCubicMetres(24, 't', { units, species: 'Cedrela odorata', density: cedro })).toBe(30);
    expect(fromCubicMetres(10, 'kg', { units, species: 'Cedrela odorata', density: cedro })).toBe(8000);
    expect(fromCubicMetres(30, 't', { units, species: 'Cedrela odorata', density: cedro })).toBe(24);
  });

  it('refuses a weight without a species or a known density', () => {
    expect(() => toCubicMetres(8000, 'kg', { units })).toThrow(new DensityUnknown('kg', undefined));
    expect(() => toCubicMetres(8000, 'kg', { units, species: 'Qualea paraensis' })).toThrow(new DensityUnknown('kg', 'Qualea paraensis'));
  });

  it('refuses unknown units and quantities that are negative or not finite', () => {
    expect(() => toCubicMetres(1, 'pt', { units })).toThrow(UnknownUnit);
    expect(() => toCubicMetres(-1, 'm3', { units })).toThrow(InvalidQuantity);
    expect(() => toCubicMetres(Number.NaN, 'm3', { units })).toThrow(InvalidQuantity);
    expect(() => fromCubicMetres(Number.POSITIVE_INFINITY, 'board_feet', { units })).toThrow(InvalidQuantity);
  });
});
