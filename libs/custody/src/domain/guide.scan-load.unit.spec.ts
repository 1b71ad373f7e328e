import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, type Volume } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { GuideLine } from './guide.js';
import { guideDecider } from './guide.decider.js';
import { CLEARED, factsAt, guide, immobilise, issued, observations, permitOrigin, scan, scanned, speciesFacts } from './guide.fixtures.spec.js';
import { type CheckResult, result } from './scan-checks/check-result.js';

// Check 6: what is on the truck against what the guide declares.

const spec = deciderSpec(guideDecider);

const tornillo = (pieces = 12, volume: Volume = cubicMetres(20)) => ({ scientificName: 'Cedrelinga cateniformis', pieces, volume });
const capirona = (pieces = 5, volume: Volume = cubicMetres(8)) => ({ scientificName: 'Calycophyllum spruceanum', pieces, volume });

const quota = (species: string, authorisedM3: number, movedM3: number, thisLoadM3: number): CheckResult => {
  const totalM3 = Math.round((movedM3 + thisLoadM3) * 10_000) / 10_000;
  const left = Math.round((authorisedM3 - totalM3) * 10_000) / 10_000;
  return result('ORIGIN_QUOTA', 'pass', { species, authorisedM3 }, { species, movedByOtherGuidesM3: movedM3, thisLoadM3, totalM3 }, `${species}: within the plan, ${left} m³ left`);
};
const tornilloQuota = (thisLoadM3 = 20) => quota('Cedrelinga cateniformis', 500, 100, thisLoadM3);
const capironaQuota = quota('Calycophyllum spruceanum', 200, 50, 8);

const pieces = (species: string, declared: number, carried: number, outcome: 'pass' | 'warning' | 'failure', message: string, tolerance = 0) =>
  result('PIECES_MATCH', outcome, { species, pieces: declared, tolerance }, { pieces: carried }, message);
const volume = (species: string, declared: number, carried: number, outcome: 'pass' | 'warning' | 'failure', message: string) =>
  result('VOLUME_MATCH', outcome, { species, m3: declared, tolerancePercent: 5 }, { m3: carried }, message);

const capironaPieces = pieces('Calycophyllum spruceanum', 5, 5, 'pass', 'Calycophyllum spruceanum: the pieces match the guide');
const capironaVolume = volume('Calycophyllum spruceanum', 8, 8, 'pass', 'Calycophyllum spruceanum: the volume matches the guide within 5 %');

/** The guide with its capirona line replaced. */
const withSecondLine = (line: Omit<GuideLine, 'lotId' | 'productType'>) => issued({ lines: [guide.lines[0]!, { lotId: 'LOT-0003', productType: 'roundwood', ...line }] });

describe('SPECIES_MATCH: the species declared, and no other', () => {
  it('records a declared species missing from the truck as an observation: the guide covers timber it does not carry', () => {
    const partial = scan({ observedLines: [tornillo()] });
    spec.given([issued()]).when(partial).then([
      scanned(
        partial,
        {
          SPECIES_MATCH: [
            result(
              'SPECIES_MATCH',
              'warning',
              ['Cedrelinga cateniformis', 'Calycophyllum spruceanum'],
              { carried: ['Cedrelinga cateniformis'], undeclared: [], notCarried: ['Calycophyllum spruceanum'] },
              'Declared but not on the truck: Calycophyllum spruceanum; the guide covers timber it does not carry',
            ),
          ],
          PIECES_MATCH: [
            pieces('Cedrelinga cateniformis', 12, 12, 'pass', 'Cedrelinga cateniformis: the pieces match the guide'),
            pieces('Calycophyllum spruceanum', 5, 0, 'warning', 'Calycophyllum spruceanum: 0 pieces on the truck, 5 declared'),
          ],
          VOLUME_MATCH: [
            volume('Cedrelinga cateniformis', 20, 20, 'pass', 'Cedrelinga cateniformis: the volume matches the guide within 5 %'),
            volume('Calycophyllum spruceanum', 8, 0, 'warning', 'Calycophyllum spruceanum: 0 m³ on the truck, 8 m³ declared'),
          ],
          ORIGIN_QUOTA: [tornilloQuota()],
        },
        observations('SPECIES_MATCH', 'PIECES_MATCH', 'VOLUME_MATCH'),
      ),
    ]);
  });

  it('fails a species carried but not declared, which the plan does not cover either', () => {
    const extra = scan({ observedLines: [tornillo(), capirona(), { scientificName: 'Simarouba amara', pieces: 2, volume: cubicMetres(3) }] });
    spec.given([issued()]).when(extra).then([
      scanned(
        extra,
        {
          SPECIES_MATCH: [
            result(
              'SPECIES_MATCH',
              'failure',
              ['Cedrelinga cateniformis', 'Calycophyllum spruceanum'],
              {
                carried: ['Cedrelinga cateniformis', 'Calycophyllum spruceanum', 'Simarouba amara'],
                undeclared: [{ species: 'Simarouba amara', pieces: 2, m3: 3, threatCategory: null, citesAppendix: null }],
                notCarried: [],
              },
              'Carried but not declared on the guide: Simarouba amara (3 m³)',
            ),
          ],
          ORIGIN_QUOTA: [
            tornilloQuota(),
            capironaQuota,
            result('ORIGIN_QUOTA', 'failure', { species: 'Simarouba amara', inPlan: true }, { species: 'Simarouba amara', inPlan: false, thisLoadM3: 3 }, 'Simarouba amara is not in the harvest plan of origin'),
          ],
        },
        immobilise(['SPECIES_MATCH', 'ORIGIN_QUOTA']),
      ),
    ]);
  });
});

describe('GENUS_LEVEL: timber declared by genus alone', () => {
  it('matches a species of a genus allowed at genus level, and records it as a warning so the loophole stays visible', () => {
    const shihuahuaco = { scientificName: 'Dipteryx micrantha', pieces: 6, volume: cubicMetres(10) };
    const command = scan({ observedLines: [tornillo(), shihuahuaco] }, {
      origin: permitOrigin({
        quotas: [
          { species: 'Cedrelinga cateniformis', authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(100) },
          { species: 'Dipteryx micrantha', authorised: cubicMetres(300), movedByOtherGuides: cubicMetres(0) },
        ],
      }),
    });
    spec.given([withSecondLine({ scientificName: 'Dipteryx', commonName: 'shihuahuaco', volume: cubicMetres(10), pieces: 6 })]).when(command).then([
      scanned(
        command,
        {
          SPECIES_MATCH: [
            result(
              'SPECIES_MATCH',
              'pass',
              ['Cedrelinga cateniformis', 'Dipteryx'],
              { carried: ['Cedrelinga cateniformis', 'Dipteryx micrantha'], undeclared: [], notCarried: [] },
              'The species on the truck are the ones declared',
            ),
          ],
          GENUS_LEVEL: [
            result('GENUS_LEVEL', 'warning', { genus: 'Dipteryx', allowedAtGenusLevel: true }, ['Dipteryx micrantha'], 'Declared only as Dipteryx, carried as Dipteryx micrantha: allowed at genus level'),
          ],
          PIECES_MATCH: [
            pieces('Cedrelinga cateniformis', 12, 12, 'pass', 'Cedrelinga cateniformis: the pieces match the guide'),
            pieces('Dipteryx', 6, 6, 'pass', 'Dipteryx: the pieces match the guide'),
          ],
          VOLUME_MATCH: [
            volume('Cedrelinga cateniformis', 20, 20, 'pass', 'Cedrelinga cateniformis: the volume matches the guide within 5 %'),
            volume('Dipteryx', 10, 10, 'pass', 'Dipteryx: the volume matches the guide within 5 %'),
          ],
          ORIGIN_QUOTA: [tornilloQuota(), quota('Dipteryx micrantha', 300, 0, 10)],
          CITES_PERMIT: [
            result(
              'CITES_PERMIT',
              'warning',
              { species: 'Dipteryx micrantha', appendix: 'confirm', m3: 10 },
              { permits: [], permittedM3: 0 },
              'Dipteryx micrantha (CITES appendix confirm): 10 m³ on the truck, 0 m³ covered by valid CITES permits; the listing awaits confirmation',
            ),
          ],
        },
        observations('GENUS_LEVEL', 'CITES_PERMIT'),
        ['LOT-0001', 'LOT-0003'],
      ),
    ]);
  });

  it('counts timber seen only at genus level against every species of the genus in the plan', () => {
    const command = scan({ observedLines: [tornillo(), { scientificName: 'Dipteryx', pieces: 6, volume: cubicMetres(10) }] }, {
      origin: permitOrigin({
        quotas: [
          { species: 'Cedrelinga cateniformis', authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(100) },
          { species: 'Dipteryx micrantha', authorised: cubicMetres(300), movedByOtherGuides: cubicMetres(0) },
          { species: 'Dipteryx odorata', authorised: cubicMetres(100), movedByOtherGuides: cubicMetres(20) },
        ],
      }),
    });
    const [recorded] = guideDecider.decide(command, fold(guideDecider, [withSecondLine({ scientificName: 'Dipteryx', commonName: 'shihuahuaco', volume: cubicMetres(10), pieces: 6 })]));
    const results = recorded?.type === 'ShipmentScanned' ? recorded.data.results : [];
    expect(results.filter((check) => check.rule === 'ORIGIN_QUOTA')).toEqual([tornilloQuota(), quota('Dipteryx', 400, 20, 10)]);
  });

  it('holds timber seen only at genus level to the genus’ CITES listing, covered by permits of its species', () => {
    const dipteryx = { scientificName: 'Dipteryx', pieces: 6, volume: cubicMetres(10) };
    const listed = speciesFacts.map((facts) => (facts.name === 'Dipteryx' ? { ...facts, citesAppendix: 'II' as const } : facts));
    const permit = { number: 'CITES-1', scientificName: 'Dipteryx odorata', volume: cubicMetres(10), validFrom: '2026-05-01T00:00:00-05:00', validUntil: '2026-06-01T00:00:00-05:00' };
    const history = [withSecondLine({ scientificName: 'Dipteryx', commonName: 'shihuahuaco', volume: cubicMetres(10), pieces: 6 })];
    const citesOf = (citesPermits: (typeof permit)[]) => {
      const [recorded] = guideDecider.decide(scan({ observedLines: [tornillo(), dipteryx] }, { species: listed, citesPermits }), fold(guideDecider, history));
      return (recorded?.type === 'ShipmentScanned' ? recorded.data.results : []).filter((check) => check.rule === 'CITES_PERMIT').map((check) => [check.outcome, check.observed]);
    };
    expect(citesOf([])).toEqual([['failure', { permits: [], permittedM3: 0 }]]);
    expect(citesOf([permit])).toEqual([['pass', { permits: ['CITES-1'], permittedM3: 10 }]]);
  });

  it('fails a genus not allowed at genus level: what it carries stays undeclared', () => {
    const courbaril = { scientificName: 'Hymenaea courbaril', pieces: 4, volume: cubicMetres(6) };
    const command = scan({ observedLines: [tornillo(), courbaril] }, {
      origin: permitOrigin({
        quotas: [
          { species: 'Cedrelinga cateniformis', authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(100) },
          { species: 'Hymenaea courbaril', authorised: cubicMetres(100), movedByOtherGuides: cubicMetres(0) },
        ],
      }),
    });
    spec.given([withSecondLine({ scientificName: 'Hymenaea', commonName: 'azúcar huayo', volume: cubicMetres(6), pieces: 4 })]).when(command).then([
      scanned(
        command,
        {
          SPECIES_MATCH: [
            result(
              'SPECIES_MATCH',
              'failure',
              ['Cedrelinga cateniformis', 'Hymenaea'],
              {
                carried: ['Cedrelinga cateniformis', 'Hymenaea courbaril'],
                undeclared: [{ species: 'Hymenaea courbaril', pieces: 4, m3: 6, threatCategory: null, citesAppendix: null }],
                notCarried: ['Hymenaea'],
              },
              'Carried but not declared on the guide: Hymenaea courbaril (6 m³)',
            ),
          ],
          GENUS_LEVEL: [
            result('GENUS_LEVEL', 'failure', { genus: 'Hymenaea', allowedAtGenusLevel: false }, [], 'Hymenaea may not travel identified at genus level: its species must be declared'),
          ],
          PIECES_MATCH: [
            pieces('Cedrelinga cateniformis', 12, 12, 'pass', 'Cedrelinga cateniformis: the pieces match the guide'),
            pieces('Hymenaea', 4, 0, 'warning', 'Hymenaea: 0 pieces on the truck, 4 declared'),
          ],
          VOLUME_MATCH: [
            volume('Cedrelinga cateniformis', 20, 20, 'pass', 'Cedrelinga cateniformis: the volume matches the guide within 5 %'),
            volume('Hymenaea', 6, 0, 'warning', 'Hymenaea: 0 m³ on the truck, 6 m³ declared'),
          ],
          ORIGIN_QUOTA: [tornilloQuota(), quota('Hymenaea courbaril', 100, 0, 6)],
        },
        immobilise(['SPECIES_MATCH', 'GENUS_LEVEL'], ['PIECES_MATCH', 'VOLUME_MATCH']),
        ['LOT-0001', 'LOT-0003'],
      ),
    ]);
  });
});

describe('PIECES_MATCH: pieces per declared species', () => {
  it('passes a difference within the configured tolerance', () => {
    const command = scan({ observedLines: [tornillo(13), capirona()] }, { thresholds: { ...factsAt('UC-CFB-K010').thresholds, pieceTolerance: 1 } });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          PIECES_MATCH: [
            pieces('Cedrelinga cateniformis', 12, 13, 'pass', 'Cedrelinga cateniformis: the pieces match the guide', 1),
            pieces('Calycophyllum spruceanum', 5, 5, 'pass', 'Calycophyllum spruceanum: the pieces match the guide', 1),
          ],
        },
        CLEARED,
      ),
    ]);
  });

  it('records fewer pieces than declared as an observation', () => {
    const command = scan({ observedLines: [tornillo(11), capirona()] });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        { PIECES_MATCH: [pieces('Cedrelinga cateniformis', 12, 11, 'warning', 'Cedrelinga cateniformis: 11 pieces on the truck, 12 declared'), capironaPieces] },
        observations('PIECES_MATCH'),
      ),
    ]);
  });
});

describe('VOLUME_MATCH: m³ per declared species within tolerance, after unit conversion', () => {
  it('passes a volume within tolerance', () => {
    const command = scan({ observedLines: [tornillo(12, cubicMetres(20.9)), capirona()] });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        { VOLUME_MATCH: [volume('Cedrelinga cateniformis', 20, 20.9, 'pass', 'Cedrelinga cateniformis: the volume matches the guide within 5 %'), capironaVolume], ORIGIN_QUOTA: [tornilloQuota(20.9), capironaQuota] },
        CLEARED,
      ),
    ]);
  });

  it('compares a volume measured in board feet in m³', () => {
    const command = scan({ observedLines: [tornillo(12, { value: 8475, unit: 'board_feet' }), capirona()] });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          VOLUME_MATCH: [volume('Cedrelinga cateniformis', 20, 19.9988, 'pass', 'Cedrelinga cateniformis: the volume matches the guide within 5 %'), capironaVolume],
          ORIGIN_QUOTA: [tornilloQuota(19.9988), capironaQuota],
        },
        CLEARED,
      ),
    ]);
  });

  it('records less volume than declared as an observation', () => {
    const command = scan({ observedLines: [tornillo(12, cubicMetres(18)), capirona()] });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        { VOLUME_MATCH: [volume('Cedrelinga cateniformis', 20, 18, 'warning', 'Cedrelinga cateniformis: 18 m³ on the truck, 20 m³ declared'), capironaVolume], ORIGIN_QUOTA: [tornilloQuota(18), capironaQuota] },
        observations('VOLUME_MATCH'),
      ),
    ]);
  });
});

describe('WEIGHT_MATCH: the scale against the declared volume times green density', () => {
  const weighed = (kg: number) => scan({ scaleWeightKg: kg });
  const weight = (kg: number, outcome: 'warning' | 'failure', message: string) =>
    result('WEIGHT_MATCH', outcome, { estimatedKg: 25_800, tolerancePercent: 15 }, { kg }, message);

  it('fails a load heavier than its declared volume can weigh: undeclared volume', () => {
    spec.given([issued()]).when(weighed(31_000)).then([
      scanned(
        weighed(31_000),
        { WEIGHT_MATCH: [weight(31_000, 'failure', 'The load weighs 31000 kg, 25800 kg expected from the declared volume: undeclared volume')] },
        immobilise(['WEIGHT_MATCH']),
      ),
    ]);
  });

  it('records a load heavier than its declared volume as an observation while a density it rests on awaits confirmation', () => {
    const command = scan({ scaleWeightKg: 31_000 }, { species: speciesFacts.map((entry) => (entry.name === 'Calycophyllum spruceanum' ? { ...entry, greenDensityUnconfirmed: true } : entry)) });
    const message = 'The load weighs 31000 kg, 25800 kg expected from the declared volume: undeclared volume, by densities not yet confirmed (Calycophyllum spruceanum)';
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        { WEIGHT_MATCH: [result('WEIGHT_MATCH', 'warning', { estimatedKg: 25_800, tolerancePercent: 15, unconfirmedDensities: ['Calycophyllum spruceanum'] }, { kg: 31_000 }, message)] },
        observations('WEIGHT_MATCH'),
      ),
    ]);
  });

  it('records a load lighter than its declared volume as an observation', () => {
    spec.given([issued()]).when(weighed(20_000)).then([
      scanned(weighed(20_000), { WEIGHT_MATCH: [weight(20_000, 'warning', 'The load weighs 20000 kg, 25800 kg expected from the declared volume')] }, observations('WEIGHT_MATCH')),
    ]);
  });

  it('records a warning when a declared species has no density to estimate by', () => {
    const command = scan({ scaleWeightKg: 26_000 }, { species: speciesFacts.map((entry) => (entry.name === 'Calycophyllum spruceanum' ? { ...entry, greenDensityKgPerM3: null } : entry)) });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          WEIGHT_MATCH: [
            result('WEIGHT_MATCH', 'warning', { densityOf: ['Calycophyllum spruceanum'] }, { kg: 26_000 }, 'No green density for Calycophyllum spruceanum: the weight could not be judged'),
          ],
        },
        observations('WEIGHT_MATCH'),
      ),
    ]);
  });
});
