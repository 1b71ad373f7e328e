import { describe, expect, it } from '@jest/globals';
import { amendedEntries } from './amended-entries.js';

const CEDRO = { scientificName: 'Cedrela odorata', citesAppendix: null, note: 'cedro' };
const TORNILLO = { scientificName: 'Cedrelinga cateniformis', citesAppendix: null };

describe('a shipped version that amends the one before it', () => {
  it('replaces the fields it sets on the one entry it matches, in order, keeping the rest and the order of entries', () => {
    const amended = amendedEntries([CEDRO, TORNILLO], [
      { match: { scientificName: 'Cedrela odorata' }, set: { citesAppendix: 'confirm' } },
      { match: { scientificName: 'Cedrela odorata' }, set: { citesAppendix: 'II', source: 'CoP18' } },
    ]);
    expect(amended).toEqual([{ scientificName: 'Cedrela odorata', citesAppendix: 'II', source: 'CoP18', note: 'cedro' }, TORNILLO]);
  });

  it('leaves the previous entries untouched', () => {
    const previous = [CEDRO];
    amendedEntries(previous, [{ match: { scientificName: 'Cedrela odorata' }, set: { citesAppendix: 'II' } }]);
    expect(previous).toEqual([CEDRO]);
  });

  it('refuses an amendment that matches no entry, or several', () => {
    expect(() => amendedEntries([CEDRO], [{ match: { scientificName: 'Cedrela fissilis' }, set: {} }])).toThrow('amends.0 matches 0 entries');
    expect(() => amendedEntries([CEDRO, TORNILLO], [{ match: { citesAppendix: null }, set: {} }])).toThrow('amends.0 matches 2 entries');
  });
});
