import { describe, expect, it } from '@jest/globals';
import { publishes, refusesEntries } from './reference-version.fixtures.spec.js';
import { findSpeciesValue, type SpeciesValueEntry } from './species-value-entry.js';

const cedro: SpeciesValueEntry = { scientificName: 'Cedrela odorata', solesPerM3: '850.50' };

describe('species value entries', () => {
  it('are published with a value per m³ written as a decimal string', () => {
    publishes('species-values', [cedro, { scientificName: 'Swietenia macrophylla', solesPerM3: '1200', status: 'confirm', note: 'awaits the published value' }]);
  });

  it('refuse a species twice whatever its case, names that are no binomial, and values that are not positive decimal strings', () => {
    refusesEntries('species-values', [cedro, { scientificName: 'cedrela Odorata', solesPerM3: '0.00' }, { scientificName: 'Cedrela', solesPerM3: 850.5 as unknown as string }], [
      { path: 'entries.1.scientificName', messages: ['scientificName must be a binomial such as "Cedrela odorata"'] },
      { path: 'entries.1.solesPerM3', messages: ['solesPerM3 must be a positive decimal written as a string, such as "850.50"'] },
      { path: 'entries.2.scientificName', messages: ['scientificName must be a binomial such as "Cedrela odorata"'] },
      { path: 'entries.2.solesPerM3', messages: ['solesPerM3 must be a positive decimal written as a string, such as "850.50"'] },
      { path: 'entries.1.scientificName', messages: ['scientificName repeats entries.0'] },
    ]);
  });

  it('are found by scientific name, whatever its case and spacing', () => {
    expect(findSpeciesValue([cedro], '  cedrela   ODORATA ')).toBe(cedro);
    expect(findSpeciesValue([cedro], 'Cedrela fissilis')).toBeUndefined();
  });
});
