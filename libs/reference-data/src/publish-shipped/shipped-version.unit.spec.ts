import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fold } from '#shared-kernel';
import { CATALOGUES } from '../domain/catalogue.js';
import { referenceVersionDecider } from '../domain/reference-version.decider.js';
import type { ReferenceVersionOf } from '../domain/reference-version.js';
import { shippedVersion } from './shipped-version.js';

const dataFile = (name: string) => new URL(`../../data/${name}.json`, import.meta.url);

/** Every name of the domain description and of its sample species list. */
const SAMPLE_SPECIES = [
  'Cedrela odorata', 'Swietenia macrophylla', 'Cedrelinga cateniformis', 'Dipteryx micrantha', 'Ceiba pentandra', 'Calycophyllum spruceanum',
  'Copaifera paupera', 'Ormosia coccinea', 'Carapa guianensis', 'Parkia igneiflora', 'Schizolobium parahyba', 'Ocotea aciphylla',
  'Nectandra longifolia', 'Aniba amazonica', 'Virola calophylla', 'Iryanthera juruensis', 'Brosimum alicastrum', 'Ficus insipida',
  'Manilkara bidentata', 'Hura crepitans', 'Guazuma crinita', 'Simarouba amara', 'Amburana cearensis', 'Hymenaea oblongifolia',
  'Matisia cordata', 'Bursera graveolens', 'Myroxylon balsamum',
];
const GENUS_LEVEL_GENERA = ['Aniba', 'Brosimum', 'Dipteryx', 'Ficus', 'Iryanthera', 'Nectandra', 'Ocotea', 'Ormosia', 'Parkia', 'Schizolobium', 'Virola'];

describe('the shipped reference data', () => {
  it.each(CATALOGUES)('holds a valid version 1 of %s that the decider publishes', async (catalogue) => {
    const version = await shippedVersion(catalogue);
    expect(version).toMatchObject({ catalogue, version: 1 });
    expect(referenceVersionDecider.decide({ type: 'PublishReferenceVersion', data: version }, fold(referenceVersionDecider, []))).toEqual([
      { type: 'ReferenceVersionPublished', data: version },
    ]);
  });

  it('names every species of the domain description, and at least 30, flagging exactly the 11 genus-level genera', async () => {
    const { entries } = (await shippedVersion('species')) as ReferenceVersionOf<'species'>;
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.map((entry) => entry.scientificName)).toEqual(expect.arrayContaining(SAMPLE_SPECIES));
    const flagged = new Set(entries.filter((entry) => entry.genusLevelAllowed).map((entry) => entry.scientificName.split(' ')[0]));
    expect([...flagged].sort()).toEqual(GENUS_LEVEL_GENERA);
    expect(entries.find((entry) => entry.scientificName === 'Swietenia macrophylla')).toMatchObject({ citesAppendix: 'II' });
  });

  it('holds the UIT of 2021 to 2025 as fixed by decree', async () => {
    const { entries } = (await shippedVersion('uit')) as ReferenceVersionOf<'uit'>;
    const soles = Object.fromEntries(entries.map((entry) => [entry.year, entry.soles]));
    expect(soles).toMatchObject({ 2021: 4400, 2022: 4600, 2023: 4950, 2024: 5150, 2025: 5350 });
    expect(entries.filter((entry) => entry.year <= 2025).every((entry) => entry.status === undefined)).toBe(true);
  });

  it('caps roundwood yields by default at the Brazilian coefficients', async () => {
    const { entries } = (await shippedVersion('yield-coefficients')) as ReferenceVersionOf<'yield-coefficients'>;
    expect(entries.map(({ species, input, output, maxYield }) => [species, input, output, maxYield])).toEqual([
      ['*', 'roundwood', 'sawn_wood', 0.35],
      ['*', 'roundwood', 'sliced_veneer', 0.45],
      ['*', 'roundwood', 'rotary_veneer', 0.55],
    ]);
  });

  it('places checkpoints in Ucayali and Madre de Dios with at least six decimals, in road order', async () => {
    const { entries } = (await shippedVersion('checkpoints')) as ReferenceVersionOf<'checkpoints'>;
    expect(new Set(entries.map((entry) => entry.region))).toEqual(new Set(['Ucayali', 'Madre de Dios']));
    const text = await readFile(dataFile('checkpoints'), 'utf8');
    const coordinates = [...text.matchAll(/"(?:latitude|longitude)": (-?\d+\.?\d*)/g)].map((match) => match[1]!);
    expect(coordinates).toHaveLength(entries.length * 2);
    for (const coordinate of coordinates) expect(coordinate).toMatch(/\.\d{6,}$/);
    for (const road of new Set(entries.map((entry) => entry.road))) {
      const kilometres = entries.filter((entry) => entry.road === road).map((entry) => entry.roadKm);
      expect(kilometres).toEqual([...kilometres].sort((a, b) => a - b));
    }
  });

  it('converts board feet by the legal constant', async () => {
    const { entries } = (await shippedVersion('units')) as ReferenceVersionOf<'units'>;
    expect(entries.find((entry) => entry.unit === 'board_feet')).toMatchObject({ kind: 'volume', factor: 0.00235974 });
  });
});
