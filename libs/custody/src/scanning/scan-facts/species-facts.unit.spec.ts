import { describe, expect, it } from '@jest/globals';
import type { DensityEntry, SpeciesEntry } from '#reference-data/integration';
import { speciesFactsFor } from './species-facts.js';

const entry = (scientificName: string, changes: Partial<SpeciesEntry> = {}): SpeciesEntry => ({
  scientificName,
  family: 'Family',
  commonNames: [],
  genusLevelAllowed: false,
  threatCategory: null,
  citesAppendix: null,
  ...changes,
});

const CATALOGUE: SpeciesEntry[] = [
  entry('Cedrela odorata', { threatCategory: 'VU', citesAppendix: 'II' }),
  entry('Cedrelinga cateniformis'),
  entry('Virola calophylla', { genusLevelAllowed: true }),
  entry('Hymenaea courbaril'),
  entry('Dipteryx micrantha', { genusLevelAllowed: true, threatCategory: 'VU', citesAppendix: 'confirm' }),
  entry('Dipteryx odorata', { genusLevelAllowed: true, threatCategory: 'NT', citesAppendix: 'II' }),
];
const DENSITIES: DensityEntry[] = [
  { scientificName: 'Cedrela odorata', greenKgPerM3: 800 },
  { scientificName: 'Virola calophylla', greenKgPerM3: 750 },
];

describe('speciesFactsFor', () => {
  it('takes each named species from the catalogue in force, with its green density, once however it is written', () => {
    expect(speciesFactsFor(['cedrela  odorata', 'Cedrela odorata', 'Cedrelinga cateniformis'], CATALOGUE, DENSITIES)).toEqual([
      { name: 'Cedrela odorata', genusLevelAllowed: false, threatCategory: 'VU', citesAppendix: 'II', greenDensityKgPerM3: 800 },
      { name: 'Cedrelinga cateniformis', genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: null },
    ]);
  });

  it('names a genus declared alone with whether the catalogue lets it travel at genus level', () => {
    expect(speciesFactsFor(['Virola', 'Hymenaea'], CATALOGUE, DENSITIES)).toEqual([
      { name: 'Virola', genusLevelAllowed: true, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: null },
      { name: 'Hymenaea', genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: null },
    ]);
  });

  it('gives a genus named alone the strictest threat and CITES listing of its species, so the genus hides neither', () => {
    expect(speciesFactsFor(['Dipteryx'], CATALOGUE, DENSITIES)).toEqual([
      { name: 'Dipteryx', genusLevelAllowed: true, threatCategory: 'VU', citesAppendix: 'II', greenDensityKgPerM3: null },
    ]);
  });

  it('has no facts for a species the catalogue does not list', () => {
    expect(speciesFactsFor(['Inventa nova'], CATALOGUE, DENSITIES)).toEqual([]);
  });
});
