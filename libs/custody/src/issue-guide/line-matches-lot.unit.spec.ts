import { describe, expect, it } from '@jest/globals';
import { cubicMetres, MeasureMismatch } from '#shared-kernel';
import type { GuideLine } from '../domain/guide.js';
import type { Lot } from '../domain/lot.state.js';
import { assertLineMatchesLot, GuideLineMismatch } from './line-matches-lot.js';

const taraLot: Lot = {
  lotId: 'LOT-TARA-1',
  species: 'Caesalpinia spinosa',
  productType: 'non_timber',
  remaining: 800,
  whereabouts: { kind: 'resting', place: { kind: 'holder', holderTaxId: '20123456789' } },
  hold: { kind: 'none' },
  parents: [],
  children: [],
  consumedBy: [],
};
const cedroLot: Lot = { ...taraLot, lotId: 'LOT-1', species: 'Cedrela odorata', productType: 'roundwood', remaining: 12.5 };
const taraLine: GuideLine = { lotId: 'LOT-TARA-1', scientificName: 'Caesalpinia spinosa', commonName: 'tara', productType: 'non_timber', volume: { value: 800, unit: 'kg' }, pieces: 16 };
const cedroLine: GuideLine = { lotId: 'LOT-1', scientificName: 'Cedrela odorata', commonName: 'cedro', productType: 'roundwood', volume: cubicMetres(12.5), pieces: 8 };

describe('a guide line against its lot’s measure', () => {
  it('takes kg of a lot traded by weight, up to what it holds', () => {
    expect(() => assertLineMatchesLot(taraLine, 0, taraLot)).not.toThrow();
    expect(() => assertLineMatchesLot({ ...taraLine, volume: { value: 800.5, unit: 'kg' } }, 0, taraLot)).toThrow(new GuideLineMismatch(0, taraLot, 'volume', 800.5, 800));
  });

  it('refuses m³ of a lot traded by weight and kg of a timber lot: 400 naming the field', () => {
    const refusal = (line: GuideLine, lot: Lot) => {
      try {
        assertLineMatchesLot(line, 2, lot);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(refusal({ ...taraLine, volume: cubicMetres(3) }, taraLot)).toEqual(new MeasureMismatch('lines.2.volume', 'weight', 'm3'));
    expect(refusal({ ...cedroLine, volume: { value: 10, unit: 'kg' } }, cedroLot)).toMatchObject({ kind: 'invalid', code: 'measure_mismatch', details: { field: 'lines.2.volume', expected: 'volume', unit: 'kg' } });
  });
});
