import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fold } from '#shared-kernel';
import { type Catalogue, CATALOGUES } from '../domain/catalogue.js';
import { referenceVersionDecider } from '../domain/reference-version.decider.js';
import type { ReferenceVersionOf } from '../domain/reference-version.js';
import { proposeRoute } from '../domain/route-proposal.js';
import { SCAN_CHECKS } from '#shared-kernel';
import { checkOutcomes } from '../domain/scan-check-outcomes.js';
import { versionInForce } from '../domain/version-in-force.js';
import { shippedVersions } from './shipped-version.js';

const dataFile = (name: string) => new URL(`../../data/${name}.json`, import.meta.url);
/** The last shipped version of a catalogue: the one in force today. */
const shippedVersion = async <C extends Catalogue>(catalogue: C) => (await shippedVersions(catalogue)).at(-1) as ReferenceVersionOf<C>;

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
  it.each(CATALOGUES)('holds valid versions of %s, from 1 on, that the decider publishes in order', async (catalogue) => {
    const versions = await shippedVersions(catalogue);
    expect(versions.map((version) => version.version)).toEqual(versions.map((_, index) => index + 1));
    let state = fold(referenceVersionDecider, []);
    for (const version of versions) {
      const published = referenceVersionDecider.decide({ type: 'PublishReferenceVersion', data: version }, state);
      expect(published).toEqual([{ type: 'ReferenceVersionPublished', data: version }]);
      state = referenceVersionDecider.evolve(state, published[0]!);
    }
  });

  it('names every species of the domain description, and at least 150, flagging exactly the 11 genus-level genera', async () => {
    const { entries } = await shippedVersion('species');
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const entry of entries) expect(entry.source).toEqual(expect.any(String));
    expect(entries.map((entry) => entry.scientificName)).toEqual(expect.arrayContaining(SAMPLE_SPECIES));
    const flagged = new Set(entries.filter((entry) => entry.genusLevelAllowed).map((entry) => entry.scientificName.split(' ')[0]));
    expect([...flagged].sort()).toEqual(GENUS_LEVEL_GENERA);
    expect(entries.find((entry) => entry.scientificName === 'Swietenia macrophylla')).toMatchObject({ citesAppendix: 'II' });
  });

  it('dates each listing: a fact before it is judged without it', async () => {
    const versions = await shippedVersions('species');
    const listing = (name: string, at: string) => {
      const version = versionInForce(versions as ReferenceVersionOf<'species'>[], new Date(`${at}T12:00:00-05:00`).getTime());
      const entry = version?.entries.find((candidate) => candidate.scientificName === name);
      return entry && { cites: entry.citesAppendix, threat: entry.threatCategory };
    };
    expect(listing('Swietenia macrophylla', '2003-11-14')).toEqual({ cites: 'confirm', threat: null });
    expect(listing('Swietenia macrophylla', '2003-11-15')).toEqual({ cites: 'II', threat: null });
    expect(listing('Swietenia macrophylla', '2007-01-01')).toEqual({ cites: 'II', threat: 'VU' });
    expect(listing('Cedrela odorata', '2020-08-27')).toEqual({ cites: 'confirm', threat: 'VU' });
    expect(listing('Cedrela odorata', '2020-08-28')).toEqual({ cites: 'II', threat: 'VU' });
    expect(listing('Cedrela montana', '2020-08-27')).toMatchObject({ cites: null });
    expect(listing('Dalbergia spruceana', '2017-01-01')).toMatchObject({ cites: null });
    expect(listing('Dalbergia spruceana', '2017-01-02')).toMatchObject({ cites: 'II' });
    expect(listing('Dipteryx micrantha', '2023-02-22')).toMatchObject({ cites: null });
    expect(listing('Dipteryx micrantha', '2023-02-23')).toMatchObject({ cites: 'confirm' });
    expect(listing('Handroanthus serratifolius', '2024-11-24')).toMatchObject({ cites: null });
    expect(listing('Handroanthus serratifolius', '2024-11-25')).toMatchObject({ cites: 'II' });
    expect(listing('Cedrelinga cateniformis', '2025-01-01')).toEqual({ cites: null, threat: null });
  });

  it('adds the non-timber products traded by weight from 2025, keeping every timber species by volume', async () => {
    const versions = (await shippedVersions('species')) as ReferenceVersionOf<'species'>[];
    const tara = (at: string) => versionInForce(versions, new Date(`${at}T12:00:00-05:00`).getTime())?.entries.find((entry) => entry.scientificName === 'Caesalpinia spinosa');
    expect(tara('2024-12-31')).toBeUndefined();
    expect(tara('2025-01-01')).toMatchObject({ family: 'Fabaceae', tradedBy: 'weight' });
    const { entries } = versions.at(-1)!;
    expect(entries.filter((entry) => entry.tradedBy === 'weight').map((entry) => entry.scientificName).sort()).toEqual(['Caesalpinia spinosa', 'Mauritia flexuosa', 'Myrciaria dubia', 'Uncaria tomentosa']);
    expect(entries.filter((entry) => entry.tradedBy === undefined).length).toBe(versions.at(-2)!.entries.length);
  });

  it('holds the UIT of 2021 to 2025 as fixed by decree', async () => {
    const { entries } = await shippedVersion('uit');
    const soles = Object.fromEntries(entries.map((entry) => [entry.year, entry.soles]));
    expect(soles).toMatchObject({ 2021: 4400, 2022: 4600, 2023: 4950, 2024: 5150, 2025: 5350 });
    expect(entries.filter((entry) => entry.year <= 2025).every((entry) => entry.status === undefined)).toBe(true);
  });

  it("caps sawn wood at SERFOR's referential yield from June 2025, except for CITES-listed genera that it leaves out", async () => {
    const [first, second] = (await shippedVersions('yield-coefficients')) as ReferenceVersionOf<'yield-coefficients'>[];
    expect(first!.entries.map(({ species, output, maxYield }) => [species, output, maxYield])).toEqual([
      ['*', 'sawn_wood', 0.35],
      ['*', 'sliced_veneer', 0.45],
      ['*', 'rotary_veneer', 0.55],
    ]);
    expect(second).toMatchObject({ version: 2, effectiveFrom: '2025-06-01' });
    const sawn = second!.entries.filter((entry) => entry.output === 'sawn_wood');
    expect(sawn.map(({ species, maxYield }) => [species, maxYield])).toEqual([
      ['*', 0.56],
      ['Cedrela', 0.35],
      ['Swietenia', 0.35],
      ['Dalbergia', 0.35],
      ['Dipteryx', 0.35],
      ['Handroanthus', 0.35],
      ['Aniba rosaeodora', 0.35],
    ]);
    expect(sawn[0]).toMatchObject({ source: expect.stringContaining('SERFOR') });
    expect(sawn[0]!.status).toBeUndefined();
  });

  it('places checkpoints on every corridor with at least six decimals, in road order, keeping the first eleven where they were', async () => {
    const { entries } = await shippedVersion('checkpoints');
    expect(entries.length).toBeGreaterThanOrEqual(35);
    expect(new Set(entries.map((entry) => entry.region))).toEqual(new Set(['Ucayali', 'Madre de Dios', 'Huánuco', 'Pasco', 'Junín', 'Lima', 'Cusco', 'Puno', 'San Martín', 'Loreto']));
    expect(entries.slice(0, 11).map(({ code, latitude, longitude, roadKm }) => [code, latitude, longitude, roadKm])).toEqual(FIRST_CHECKPOINTS);
    // Written as the files have them: a parsed number drops trailing zeros. Version 2 holds every post up to 35, later ones the posts they add.
    const text = (await Promise.all(['checkpoints.v2', 'checkpoints.v5'].map((file) => readFile(dataFile(file), 'utf8')))).join('\n');
    const coordinates = [...text.matchAll(/"(?:latitude|longitude)": (-?\d+\.?\d*)/g)].map((match) => match[1]!);
    expect(coordinates).toHaveLength(entries.length * 2);
    for (const coordinate of coordinates) expect(coordinate).toMatch(/\.\d{6,}$/);
    for (const road of new Set(entries.map((entry) => entry.road))) {
      const kilometres = entries.filter((entry) => entry.road === road).map((entry) => entry.roadKm);
      expect(kilometres).toEqual([...kilometres].sort((a, b) => a - b));
    }
    for (const entry of entries.slice(11)) expect(entry).toMatchObject({ status: 'confirm', note: expect.stringContaining('confirm') });
  });

  it('names thirteen posts as a public source does, each citing its address and still to confirm', async () => {
    const { entries } = await shippedVersion('checkpoints');
    const sourced = entries.filter((entry) => entry.source !== undefined);
    expect(sourced.map((entry) => entry.code).sort()).toEqual(SOURCED_CHECKPOINTS);
    for (const entry of sourced) expect(entry).toMatchObject({ status: 'confirm', source: expect.stringMatching(/https?:\/\/\S+/) });
    expect(entries.find((entry) => entry.code === 'HU-CCN-K118')).toMatchObject({ name: 'Puesto de Control Forestal de Rancho', note: expect.stringContaining('to confirm') });
  });

  it('lays roads through checkpoints of the checkpoints catalogue only, each checkpoint on its road as far along as the catalogue says', async () => {
    const { entries: roads } = await shippedVersion('roads');
    const { entries: checkpoints } = await shippedVersion('checkpoints');
    const named = roads.flatMap((road) => road.places.flatMap((place) => (place.checkpoint === undefined ? [] : [place.checkpoint])));
    expect(checkpoints.map((entry) => entry.code)).toEqual(expect.arrayContaining(named));
    expect(new Set(named).size).toBeGreaterThanOrEqual(33);
    const federicoBasadre = roads.find((road) => road.code === 'PUCALLPA-TINGO-MARIA')!;
    let km = 0;
    for (const place of federicoBasadre.places) {
      km += place.kmFromPrevious;
      if (place.checkpoint) expect([place.checkpoint, km]).toEqual([place.checkpoint, checkpoints.find((entry) => entry.code === place.checkpoint)!.roadKm]);
    }
  });

  it('proposes the Pucallpa - Lima route through its checkpoints in road order, reaching Lima after half a day at the earliest and within two at the latest', async () => {
    const { entries: roads } = await shippedVersion('roads');
    const { entries: checkpoints } = await shippedVersion('checkpoints');
    const route = proposeRoute(roads, checkpoints, 'Pucallpa', 'Lima');
    expect(route.roads).toEqual(['PUCALLPA-TINGO-MARIA', 'TINGO-MARIA-LA-OROYA', 'LA-OROYA-LIMA']);
    expect(route.distanceKm).toBeGreaterThan(700);
    expect(route.distanceKm).toBeLessThan(900);
    expect(route.trajectory.checkpoints.map((entry) => entry.code)).toEqual([
      'UC-CFB-K010', 'UC-CFB-K034', 'UC-CFB-K060', 'UC-CFB-K086', 'UC-CFB-K160', 'UC-CFB-K195', 'HU-CFB-K253', 'HU-CCN-K118', 'PA-CCN-K225', 'JU-CCN-K353', 'LI-C22-K050',
    ]);
    expect(route.trajectory.checkpoints.at(-1)!.earliestArrivalMinutes).toBeGreaterThan(12 * 60);
    expect(route.trajectory.checkpoints.at(-1)!.latestArrivalMinutes).toBeLessThan(48 * 60);
  });

  it('converts board feet by the legal constant', async () => {
    const { entries } = await shippedVersion('units');
    expect(entries.find((entry) => entry.unit === 'board_feet')).toMatchObject({ kind: 'volume', factor: 0.00235974 });
  });

  it('holds the eight known conducts of the 2021 regulation, each fined within its class band and awaiting confirmation', async () => {
    const { entries, effectiveFrom } = await shippedVersion('infractions');
    expect(effectiveFrom).toBe('2021-04-13');
    expect(entries.map((entry) => entry.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => `INF-2021-${n}`));
    for (const entry of entries) {
      expect(entry.fineUit).toEqual(FINE_BANDS[entry.class]);
      expect(entry).toMatchObject({ status: 'confirm', note: expect.stringContaining('Annex 1'), legalReference: expect.stringMatching(/^DS 007-2021-MIDAGRI, Anexo 1/) });
    }
    const charged = Object.fromEntries(entries.flatMap((entry) => entry.ruleCodes.map((rule) => [rule, entry.code])));
    expect(charged).toMatchObject({ GUIDE_VALID: 'INF-2021-01', VOLUME_MATCH: 'INF-2021-02', ORIGIN_STANDING: 'INF-2021-03', CLONE_SIGHTING: 'INF-2021-04', CORRIDOR: 'INF-2021-05' });
    expect(Object.keys(charged)).toEqual(expect.arrayContaining([...CHARGED_SCAN_RULES, 'YIELD_EXCEEDED', 'moved_beyond_extracted', 'moved_beyond_authorised', 'guide_number_reused']));
  });

  it("holds Peru's sixteen national holidays of 2025 to 2027, Holy Thursday and Good Friday before each year's Easter", async () => {
    const { entries } = await shippedVersion('holidays');
    for (const year of [2025, 2026, 2027]) {
      const ofYear = entries.filter((entry) => entry.date.startsWith(`${year}-`));
      expect(ofYear.map((entry) => entry.date.slice(5))).toEqual(expect.arrayContaining(FIXED_HOLIDAYS));
      expect(ofYear).toHaveLength(16);
      const easter = easterSunday(year);
      expect(ofYear).toEqual(expect.arrayContaining([
        expect.objectContaining({ date: daysBefore(easter, 3), name: 'Jueves Santo' }),
        expect.objectContaining({ date: daysBefore(easter, 2), name: 'Viernes Santo' }),
      ]));
    }
    expect(entries.map((entry) => entry.date)).toEqual(entries.map((entry) => entry.date).sort());
  });

  it('values species of the species catalogue, every figure awaiting the published values', async () => {
    const { entries } = await shippedVersion('species-values');
    const { entries: species } = await shippedVersion('species');
    expect(entries.map((entry) => entry.scientificName)).toEqual(expect.arrayContaining(['Cedrela odorata', 'Swietenia macrophylla', 'Cedrelinga cateniformis', 'Dipteryx micrantha']));
    for (const entry of entries) {
      expect(species.map((known) => known.scientificName)).toContain(entry.scientificName);
      expect(entry).toMatchObject({ status: 'confirm', note: expect.stringContaining("SERFOR's/OSINFOR's published value") });
    }
  });

  it('registers only fictitious example identifiers, each marked as awaiting the real register, one certificate already expired', async () => {
    const { entries } = await shippedVersion('certified-identifiers');
    for (const entry of entries) {
      expect(entry).toMatchObject({ certificateNumber: expect.stringMatching(/^EJEMPLO-/), name: expect.stringMatching(/^Ejemplo /), status: 'confirm', note: expect.stringContaining('Fictitious example') });
    }
    expect(entries.some((entry) => entry.validUntil < '2025-01-01')).toBe(true);
  });

  it('publishes each check’s outcome in scan-rules version 2, judging every scan as version 1 did', async () => {
    const [first, second] = (await shippedVersions('scan-rules')) as ReferenceVersionOf<'scan-rules'>[];
    expect(second!.effectiveFrom).toBe(first!.effectiveFrom);
    expect(checkOutcomes(second!.entries)).toEqual(checkOutcomes(first!.entries));
    const thresholds = (version: ReferenceVersionOf<'scan-rules'>) => version.entries.filter((entry) => typeof entry.value === 'number').map(({ rule, value }) => [rule, value]);
    expect(thresholds(second!)).toEqual(thresholds(first!));
    expect(second!.entries.map((entry) => entry.rule)).toEqual(expect.arrayContaining([...SCAN_CHECKS]));
    expect(second!.entries.map((entry) => entry.rule)).not.toContain('driverMismatch');
  });
});

/** The posts versions 3 to 5 name from a public source. */
const SOURCED_CHECKPOINTS = [
  'HU-CCN-K118', 'JU-CCN-K353', 'JU-CMS-K130', 'LI-C22-K050', 'LI-PNN-K040', 'LI-PNS-K057', 'MD-IOS-K000', 'MD-IOS-K060', 'MD-IOS-K115', 'MD-IOS-K406', 'PU-IOS-K060', 'PU-IOS-K350', 'SM-CTY-K055',
];

/** The checkpoints custody and its tests rely on: their codes and positions never move. */
const FIRST_CHECKPOINTS = [
  ['UC-CFB-K010', -8.393874, -74.611826, 10], ['UC-CFB-K034', -8.476138, -74.804721, 34], ['UC-CFB-K060', -8.637452, -74.963917, 60],
  ['UC-CFB-K086', -8.826391, -75.051436, 86], ['UC-CFB-K160', -9.036944, -75.508056, 160], ['MD-IOS-K000', -10.948617, -69.578903, 0],
  ['MD-IOS-K060', -11.410583, -69.489217, 60], ['MD-IOS-K115', -11.684236, -69.332517, 115], ['MD-IOS-K190', -12.320812, -69.171436, 190],
  ['MD-IOS-K226', -12.583917, -69.178642, 226], ['MD-IOS-K406', -13.097528, -70.368614, 406],
];

const FINE_BANDS = { leve: { min: '0.10', max: '3' }, grave: { min: '3', max: '10' }, muy_grave: { min: '10', max: '5000' } };

/** The scan rules whose failure is an infraction; the rest only warn. */
const CHARGED_SCAN_RULES = [
  'GUIDE_VALID', 'TIME_WINDOW', 'TRAJECTORY_ORDER', 'SKIPPED_CHECKPOINT', 'CORRIDOR', 'TRAVEL_TOO_FAST', 'TRAVEL_TOO_SLOW', 'CLONE_SIGHTING', 'SPECIES_MATCH',
  'GENUS_LEVEL', 'PIECES_MATCH', 'VOLUME_MATCH', 'WEIGHT_MATCH', 'ORIGIN_STANDING', 'ORIGIN_QUOTA', 'ORIGIN_YIELD', 'CITES_PERMIT', 'DESTINATION',
];

const FIXED_HOLIDAYS = ['01-01', '05-01', '06-07', '06-29', '07-23', '07-28', '07-29', '08-06', '08-30', '10-08', '11-01', '12-08', '12-09', '12-25'];

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm, as Meeus gives it). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return new Date(Date.UTC(year, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1));
}

function daysBefore(day: Date, days: number): string {
  return new Date(day.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}
