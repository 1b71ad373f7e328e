import { describe, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import type { Catalogue } from '../../../libs/reference-data/src/domain/catalogue.js';
import type { CatalogueEntries } from '../../../libs/reference-data/src/domain/catalogue-entries.js';
import type { PublishReferenceVersion } from '../../../libs/reference-data/src/domain/reference-version.commands.js';
import {
  EffectiveDateBeforeCurrent,
  EffectiveDateInvalid,
  InvalidReferenceEntries,
  ReferenceVersionNotConsecutive,
  StaleReferenceVersion,
} from '../../../libs/reference-data/src/domain/reference-version.errors.js';
import { referenceVersionDecider } from '../../../libs/reference-data/src/domain/reference-version.decider.js';
import type { ReferenceVersionPublished } from '../../../libs/reference-data/src/domain/reference-version.events.js';
import type { ReferenceVersion } from '../../../libs/reference-data/src/domain/reference-version.js';

const spec = deciderSpec(referenceVersionDecider);

const cedro: CatalogueEntries['species'] = {
  scientificName: 'Cedrela odorata',
  family: 'Meliaceae',
  commonNames: ['cedro'],
  genusLevelAllowed: false,
  threatCategory: 'VU',
  citesAppendix: 'II',
};
const virola: CatalogueEntries['species'] = { ...cedro, scientificName: 'Virola calophylla', family: 'Myristicaceae', commonNames: ['cumala'], genusLevelAllowed: true, threatCategory: null, citesAppendix: null };
const sawnYield: CatalogueEntries['yield-coefficients'] = { species: '*', input: 'roundwood', output: 'sawn_wood', maxYield: 0.35 };
const km86: CatalogueEntries['checkpoints'] = {
  code: 'UC-CFB-K086',
  name: 'Puesto de control Alexander von Humboldt',
  authority: 'ARFFS-UCAYALI',
  region: 'Ucayali',
  road: 'PE-18C',
  roadKm: 86,
  latitude: -8.826391,
  longitude: -75.051436,
};
const m3: CatalogueEntries['units'] = { unit: 'm3', kind: 'volume', factor: 1 };

function version<C extends Catalogue>(catalogue: C, number: number, entries: readonly CatalogueEntries[C][], effectiveFrom = '2025-01-01'): ReferenceVersion {
  return { catalogue, version: number, effectiveFrom, entries } as ReferenceVersion;
}
const publish = (data: ReferenceVersion): PublishReferenceVersion => ({ type: 'PublishReferenceVersion', data });
const published = (data: ReferenceVersion): ReferenceVersionPublished => ({ type: 'ReferenceVersionPublished', data });
const species = (number: number, entries = [cedro, virola], effectiveFrom?: string) => version('species', number, entries, effectiveFrom);

/** A species catalogue at version 1, effective from 1 January 2025. */
const v1 = [published(species(1))];

function refusedEntries<C extends Catalogue>(catalogue: C, entries: readonly CatalogueEntries[C][], fields: { path: string; messages: string[] }[]): void {
  spec.given([]).when(publish(version(catalogue, 1, entries))).then(new InvalidReferenceEntries(catalogue, fields.map(({ path, messages }) => messages.map((message) => ({ path, message }))).flat()));
}

describe('a catalogue publishing versions', () => {
  it('publishes its first version', () => {
    spec.given([]).when(publish(species(1))).then([published(species(1))]);
  });

  it('publishes the next version, from a later date or the same date', () => {
    spec.given(v1).when(publish(species(2, [cedro], '2026-01-01'))).then([published(species(2, [cedro], '2026-01-01'))]);
    spec.given(v1).when(publish(species(2, [cedro], '2025-01-01T00:00:00-05:00'))).then([published(species(2, [cedro], '2025-01-01T00:00:00-05:00'))]);
  });

  it('refuses a version number already taken, as stale', () => {
    spec.given(v1).when(publish(species(1))).then(new StaleReferenceVersion('species', 1, 1));
    spec.given([...v1, published(species(2))]).when(publish(species(2))).then(new StaleReferenceVersion('species', 2, 2));
  });

  it('refuses a version number that skips one', () => {
    spec.given([]).when(publish(species(2))).then(new ReferenceVersionNotConsecutive('species', 2, 1));
    spec.given(v1).when(publish(species(3))).then(new ReferenceVersionNotConsecutive('species', 3, 2));
  });

  it('refuses an effective date that is no ISO-8601 date', () => {
    spec.given([]).when(publish(species(1, [cedro], '01/02/2025'))).then(new EffectiveDateInvalid('01/02/2025'));
    spec.given([]).when(publish(species(1, [cedro], '2025-02-30'))).then(new EffectiveDateInvalid('2025-02-30'));
  });

  it('refuses to take effect before the current version', () => {
    spec.given(v1).when(publish(species(2, [cedro], '2024-12-31'))).then(new EffectiveDateBeforeCurrent('species', '2024-12-31', '2025-01-01'));
    // Midnight in Lima is 05:00 UTC: 04:59 UTC on 1 January is still 31 December in Peru.
    spec.given(v1).when(publish(species(2, [cedro], '2025-01-01T04:59:00Z'))).then(new EffectiveDateBeforeCurrent('species', '2025-01-01T04:59:00Z', '2025-01-01'));
  });

  it('refuses a version without entries', () => {
    refusedEntries('species', [], [{ path: 'entries', messages: ['entries must hold at least one entry'] }]);
  });

  it('refuses an unknown entry status', () => {
    refusedEntries('uit', [{ year: 2025, soles: 5350, status: 'maybe' as 'confirm' }], [{ path: 'entries.0.status', messages: ['status must be confirm when given'] }]);
  });
});

describe('species entries', () => {
  it('refuses a scientific name twice, whatever its case', () => {
    refusedEntries('species', [cedro, { ...cedro, scientificName: 'Cedrela Odorata' }], [
      { path: 'entries.1.scientificName', messages: ['scientificName must be a binomial such as "Cedrela odorata"'] },
      { path: 'entries.1.scientificName', messages: ['scientificName repeats entries.0'] },
    ]);
  });

  it('refuses names that are no binomial, blank families and blank common names', () => {
    refusedEntries('species', [{ ...cedro, scientificName: 'Cedrela', family: ' ', commonNames: ['cedro', ''] }], [
      { path: 'entries.0.scientificName', messages: ['scientificName must be a binomial such as "Cedrela odorata"'] },
      { path: 'entries.0.family', messages: ['family must not be blank'] },
      { path: 'entries.0.commonNames.1', messages: ['a common name must not be blank'] },
    ]);
  });

  it('refuses unknown threat categories and CITES appendices', () => {
    refusedEntries('species', [{ ...cedro, threatCategory: 'XX' as 'VU', citesAppendix: 'IV' as 'II' }], [
      { path: 'entries.0.threatCategory', messages: ['threatCategory must be one of CR, EN, VU, NT, confirm or null'] },
      { path: 'entries.0.citesAppendix', messages: ['citesAppendix must be one of I, II, III, confirm or null'] },
    ]);
  });

  it('refuses species of one genus that disagree on genus-level identification', () => {
    refusedEntries('species', [virola, { ...virola, scientificName: 'Virola sebifera', genusLevelAllowed: false }], [
      { path: 'entries.1.genusLevelAllowed', messages: ['genusLevelAllowed must agree with entries.0 of the same genus'] },
    ]);
  });
});

describe('density entries', () => {
  it('refuses densities no green wood has, and a species twice', () => {
    const density = { scientificName: 'Cedrela odorata', greenKgPerM3: 800 };
    refusedEntries('densities', [density, { ...density, greenKgPerM3: 0.8 }, { scientificName: 'Hura crepitans', greenKgPerM3: 2000 }], [
      { path: 'entries.1.greenKgPerM3', messages: ['greenKgPerM3 must lie between 100 and 1600'] },
      { path: 'entries.2.greenKgPerM3', messages: ['greenKgPerM3 must lie between 100 and 1600'] },
      { path: 'entries.1.scientificName', messages: ['scientificName repeats entries.0'] },
    ]);
  });
});

describe('yield coefficient entries', () => {
  it('accepts a yield of exactly 1 and per-genus and per-species overrides', () => {
    const entries = [sawnYield, { ...sawnYield, species: 'Virola' }, { ...sawnYield, species: 'Cedrela odorata', maxYield: 1 }];
    spec.given([]).when(publish(version('yield-coefficients', 1, entries))).then([published(version('yield-coefficients', 1, entries))]);
  });

  it('refuses yields outside (0, 1]', () => {
    refusedEntries('yield-coefficients', [{ ...sawnYield, maxYield: 0 }, { ...sawnYield, output: 'sliced_veneer', maxYield: 1.2 }, { ...sawnYield, output: 'rotary_veneer', maxYield: -0.1 }], [
      { path: 'entries.0.maxYield', messages: ['maxYield must lie in (0, 1]'] },
      { path: 'entries.1.maxYield', messages: ['maxYield must lie in (0, 1]'] },
      { path: 'entries.2.maxYield', messages: ['maxYield must lie in (0, 1]'] },
    ]);
  });

  it('refuses unknown products, a product into itself, a malformed species and the same coefficient twice', () => {
    refusedEntries('yield-coefficients', [sawnYield, { ...sawnYield, species: 'cedro', input: 'sawn_wood', output: 'chips' as 'sawn_wood' }, { ...sawnYield }], [
      { path: 'entries.1.species', messages: ['species must be a binomial, a genus or "*"'] },
      { path: 'entries.1.output', messages: ['output must be one of roundwood, sawn_wood, sliced_veneer, rotary_veneer'] },
      { path: 'entries.2.species', messages: ['species repeats entries.0'] },
    ]);
    refusedEntries('yield-coefficients', [{ ...sawnYield, output: 'roundwood' }], [{ path: 'entries.0.output', messages: ['output must differ from input'] }]);
  });
});

describe('checkpoint entries', () => {
  it('refuses coordinates out of range, a code twice, malformed codes, blank names and negative kilometres', () => {
    refusedEntries('checkpoints', [km86, { ...km86, latitude: 91, longitude: -181 }, { ...km86, code: 'uc km 86', name: '', roadKm: -1 }], [
      { path: 'entries.1.latitude', messages: ['latitude must lie between -90 and 90'] },
      { path: 'entries.1.longitude', messages: ['longitude must lie between -180 and 180'] },
      { path: 'entries.2.code', messages: ['code must be upper-case letters and digits, parts joined by "-"'] },
      { path: 'entries.2.name', messages: ['name must not be blank'] },
      { path: 'entries.2.roadKm', messages: ['roadKm must not be negative'] },
      { path: 'entries.1.code', messages: ['code repeats entries.0'] },
    ]);
  });
});

describe('UIT entries', () => {
  it('refuses a year twice, a year that is not whole and amounts that are not positive', () => {
    refusedEntries('uit', [{ year: 2025, soles: 5350 }, { year: 2025, soles: 0 }, { year: 2025.5, soles: 5400 }], [
      { path: 'entries.1.soles', messages: ['soles must be positive'] },
      { path: 'entries.2.year', messages: ['year must be a whole year from 1900'] },
      { path: 'entries.1.year', messages: ['year repeats entries.0'] },
    ]);
  });
});

describe('unit entries', () => {
  it('refuses units without m³ as the base of factor 1', () => {
    refusedEntries('units', [{ unit: 'board_feet', kind: 'volume', factor: 0.00235974 }], [
      { path: 'entries', messages: ['entries must hold m3 as a volume unit of factor 1, the base of every conversion'] },
    ]);
    refusedEntries('units', [{ ...m3, factor: 2 }], [{ path: 'entries', messages: ['entries must hold m3 as a volume unit of factor 1, the base of every conversion'] }]);
  });

  it('refuses malformed names, unknown kinds, factors that are not positive and a unit twice', () => {
    refusedEntries('units', [m3, { unit: 'Board Feet', kind: 'area' as 'volume', factor: 0 }, { ...m3 }], [
      { path: 'entries.1.unit', messages: ['unit must be lower-case letters, digits and "_"'] },
      { path: 'entries.1.kind', messages: ['kind must be one of volume, mass'] },
      { path: 'entries.1.factor', messages: ['factor must be a positive number'] },
      { path: 'entries.2.unit', messages: ['unit repeats entries.0'] },
    ]);
  });
});
