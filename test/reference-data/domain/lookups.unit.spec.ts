import { describe, expect, it } from '@jest/globals';
import { findCheckpoint } from '../../../libs/reference-data/src/domain/checkpoint-entry.js';
import { findSpecies, genusLevelAllowed, type SpeciesEntry } from '../../../libs/reference-data/src/domain/species-entry.js';
import { findUit } from '../../../libs/reference-data/src/domain/uit-entry.js';
import { applicableYield, type YieldCoefficientEntry } from '../../../libs/reference-data/src/domain/yield-coefficient-entry.js';

const species = (scientificName: string, genusLevel = false): SpeciesEntry => ({
  scientificName,
  family: 'Fabaceae',
  commonNames: [],
  genusLevelAllowed: genusLevel,
  threatCategory: null,
  citesAppendix: null,
});
const catalogue = [species('Cedrela odorata'), species('Virola calophylla', true), species('Virola sebifera', true)];

const sawn = (speciesName: string, maxYield: number): YieldCoefficientEntry => ({ species: speciesName, input: 'roundwood', output: 'sawn_wood', maxYield });
const yields = [sawn('*', 0.35), sawn('Virola', 0.4), sawn('Cedrela odorata', 0.5), { ...sawn('*', 0.45), output: 'sliced_veneer' as const }];

describe('species lookups', () => {
  it('find a species by scientific name, whatever its case and spacing', () => {
    expect(findSpecies(catalogue, 'Cedrela odorata')?.scientificName).toBe('Cedrela odorata');
    expect(findSpecies(catalogue, '  cedrela   ODORATA ')?.scientificName).toBe('Cedrela odorata');
    expect(findSpecies(catalogue, 'cedro')).toBeUndefined();
  });

  it('allow genus-level identification for flagged genera only', () => {
    expect(genusLevelAllowed(catalogue, 'Virola')).toBe(true);
    expect(genusLevelAllowed(catalogue, 'virola')).toBe(true);
    expect(genusLevelAllowed(catalogue, 'Cedrela')).toBe(false);
    expect(genusLevelAllowed(catalogue, 'Swietenia')).toBe(false);
  });
});

describe('yield coefficients', () => {
  it('take the species own coefficient over its genus and the default', () => {
    expect(applicableYield(yields, 'Cedrela odorata', 'roundwood', 'sawn_wood')?.maxYield).toBe(0.5);
    expect(applicableYield(yields, 'cedrela odorata', 'roundwood', 'sawn_wood')?.maxYield).toBe(0.5);
  });

  it("take the genus's coefficient over the default, for a species or the genus itself", () => {
    expect(applicableYield(yields, 'Virola sebifera', 'roundwood', 'sawn_wood')?.maxYield).toBe(0.4);
    expect(applicableYield(yields, 'Virola', 'roundwood', 'sawn_wood')?.maxYield).toBe(0.4);
  });

  it('fall back to the coefficient for every species, per pair of products', () => {
    expect(applicableYield(yields, 'Hura crepitans', 'roundwood', 'sawn_wood')?.maxYield).toBe(0.35);
    expect(applicableYield(yields, 'Cedrela odorata', 'roundwood', 'sliced_veneer')?.maxYield).toBe(0.45);
    expect(applicableYield(yields, 'Cedrela odorata', 'roundwood', 'rotary_veneer')).toBeUndefined();
  });
});

describe('checkpoints and UIT', () => {
  it('find a checkpoint by its exact code', () => {
    const entry = { code: 'MD-IOS-K060', name: 'Iberia', authority: 'ARFFS-MADRE-DE-DIOS', region: 'Madre de Dios', road: 'PE-30C', roadKm: 60, latitude: -11.410583, longitude: -69.489217 };
    expect(findCheckpoint([entry], 'MD-IOS-K060')).toBe(entry);
    expect(findCheckpoint([entry], 'md-ios-k060')).toBeUndefined();
  });

  it('find the UIT of a year', () => {
    const uit = [{ year: 2024, soles: 5150 }, { year: 2025, soles: 5350 }];
    expect(findUit(uit, 2025)?.soles).toBe(5350);
    expect(findUit(uit, 2019)).toBeUndefined();
  });
});
