import { describe, expect, it } from '@jest/globals';
import { cubicMetres, type Quantity } from '#shared-kernel';
import type { GuideLine, IssuedGuide } from './guide.js';
import { guideDecider } from './guide.decider.js';
import type { ShipmentScanned } from './guide.events.js';
import { INITIAL_GUIDE_STATE } from './guide.state.js';
import { undeclaredTimber } from './guide.undeclared.js';
import { scannedData } from '../scanning/scanning.fixtures.spec.js';
import { guide, permitOrigin, scan, speciesFacts } from './guide.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';
import { checkOriginQuota } from './scan-checks/origin-quota.js';
import type { GuidedScan, ObservedLine } from './scan-checks/scan-context.js';
import type { ScanFacts } from './scan-checks/scan-facts.js';
import { checkVolume } from './scan-checks/volume-match.js';
import { checkWeight } from './scan-checks/weight-match.js';

// A load traded by weight: tara pods declared in kg, weighed on the checkpoint's scale and counted against a quota in kg.

const TARA = 'Caesalpinia spinosa';
const kg = (value: number): Quantity => ({ value, unit: 'kg' });
const taraLine: GuideLine = { lotId: 'LOT-TARA-1', scientificName: TARA, commonName: 'tara', productType: 'non_timber', volume: kg(5000), pieces: 100 };
const taraGuide: IssuedGuide = { ...guide, lines: [taraLine] };
const mixedGuide: IssuedGuide = { ...guide, lines: [guide.lines[0]!, taraLine] };
/** The catalogue keeps no density for a non-timber product. */
const taraFacts = { name: TARA, genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: null };
const TARA_QUOTA = { species: TARA, authorised: kg(20_000), movedByOtherGuides: kg(12_000) };

const tara = (amount: Quantity, pieces = 100): ObservedLine => ({ scientificName: TARA, pieces, volume: amount });

function scanned(issued: IssuedGuide, observedLines: readonly ObservedLine[], scaleWeightKg?: number, facts: Partial<ScanFacts> = {}): GuidedScan {
  const { facts: gathered, ...observation } = scan({ observedLines, ...(scaleWeightKg === undefined ? {} : { scaleWeightKg }) }, { species: [...speciesFacts, taraFacts], ...facts }).data;
  return {
    scan: observation,
    facts: gathered,
    guide: { issued, standing: { status: 'issued' }, origin: gathered.origin!, before: [{ kind: 'departure', place: 'origin', position: issued.origin.position, at: issued.issuedAt }], transshipments: [] },
  };
}

describe('WEIGHT_MATCH for a load traded by weight', () => {
  it('counts a weight line as declared, in kg, against the scale: no density is needed', () => {
    expect(checkWeight(scanned(taraGuide, [tara(kg(5000))], 5400))).toEqual([
      result('WEIGHT_MATCH', 'pass', { estimatedKg: 5000, declaredKg: 5000, tolerancePercent: 15 }, { kg: 5400 }, 'The weight matches the declared weight within 15 %'),
    ]);
  });

  it('fails a load heavier than its declared kg beyond the tolerance, directly', () => {
    expect(checkWeight(scanned(taraGuide, [tara(kg(5000))], 6000))).toEqual([
      result('WEIGHT_MATCH', 'failure', { estimatedKg: 5000, declaredKg: 5000, tolerancePercent: 15 }, { kg: 6000 }, 'The load weighs 6000 kg, 5000 kg expected from the declared weight: undeclared load'),
    ]);
  });

  it('records a load lighter than declared as an observation', () => {
    expect(checkWeight(scanned(taraGuide, [tara(kg(5000))], 4000))[0]).toMatchObject({ outcome: 'warning', message: 'The load weighs 4000 kg, 5000 kg expected from the declared weight' });
  });

  it('adds the kg of weight lines to the volume lines’ m³ through their density', () => {
    // 20 m³ of tornillo at 850 kg/m³ and 5000 kg of tara.
    const [weight] = checkWeight(scanned(mixedGuide, [{ scientificName: 'Cedrelinga cateniformis', pieces: 12, volume: cubicMetres(20) }, tara(kg(5000))], 22_000));
    expect(weight).toEqual(result('WEIGHT_MATCH', 'pass', { estimatedKg: 22_000, declaredKg: 5000, tolerancePercent: 15 }, { kg: 22_000 }, 'The weight matches the declared weight and volume within 15 %'));
  });

  it('still wants a density for the volume lines, and only for them', () => {
    const withoutDensity = [...speciesFacts.filter((entry) => entry.name !== 'Cedrelinga cateniformis'), taraFacts];
    expect(checkWeight(scanned(mixedGuide, [], 22_000, { species: withoutDensity }))).toEqual([
      result('WEIGHT_MATCH', 'warning', { densityOf: ['Cedrelinga cateniformis'] }, { kg: 22_000 }, 'No green density for Cedrelinga cateniformis: the weight could not be judged'),
    ]);
  });
});

describe('VOLUME_MATCH in the declared line’s unit', () => {
  it('compares kg with kg, within the tolerance', () => {
    expect(checkVolume(scanned(taraGuide, [tara(kg(5100))]))).toEqual([
      result('VOLUME_MATCH', 'pass', { species: TARA, kg: 5000, tolerancePercent: 5 }, { kg: 5100 }, `${TARA}: the weight matches the guide within 5 %`),
    ]);
  });

  it('fails kg beyond the declared ones: undeclared, in kg, and seized as such', () => {
    const [volume] = checkVolume(scanned(taraGuide, [tara(kg(6000))]));
    expect(volume).toEqual(result('VOLUME_MATCH', 'failure', { species: TARA, kg: 5000, tolerancePercent: 5 }, { kg: 6000 }, `${TARA}: 6000 kg on the truck, 5000 kg declared: 1000 kg undeclared`));
    const held = scannedData({ verdict: { decision: 'immobilise', failed: ['VOLUME_MATCH'], warnings: [] }, results: [result('SPECIES_MATCH', 'pass', [TARA], {}, 'x'), volume!] });
    expect(undeclaredTimber(held)).toEqual([{ species: TARA, pieces: 0, volume: kg(1000), basis: 'volume_beyond_declared' }]);
  });

  it('warns where the checkpoint recorded the declared species in another measure: without a density nothing can be compared', () => {
    expect(checkVolume(scanned(taraGuide, [tara(cubicMetres(9))]))).toEqual([
      result('VOLUME_MATCH', 'warning', { species: TARA, kg: 5000, tolerancePercent: 5 }, { kg: 0, m3: 9 }, `${TARA}: declared as 5000 kg, recorded on the truck as 9 m³, which cannot be compared with it`),
    ]);
  });

  it('still fails what the same measure shows beyond the declared amount', () => {
    const [volume] = checkVolume(scanned(taraGuide, [tara(kg(7000)), { scientificName: TARA, pieces: 0, volume: cubicMetres(1) }]));
    expect(volume).toMatchObject({ outcome: 'failure', observed: { kg: 7000, m3: 1 } });
  });
});

describe('ORIGIN_QUOTA in the quota’s unit', () => {
  const withQuota = { origin: permitOrigin({ quotas: [...permitOrigin().quotas, TARA_QUOTA] }) };

  it('counts kg against a quota in kg, in fields named in kg', () => {
    expect(checkOriginQuota(scanned(taraGuide, [tara(kg(5000))], undefined, withQuota))).toEqual([
      result('ORIGIN_QUOTA', 'pass', { species: TARA, authorisedKg: 20_000 }, { species: TARA, movedByOtherGuidesKg: 12_000, thisLoadKg: 5000, totalKg: 17_000 }, `${TARA}: within the plan, 3000 kg left`),
    ]);
  });

  it('fails kg beyond the plan', () => {
    expect(checkOriginQuota(scanned(taraGuide, [tara(kg(9000))], undefined, withQuota))[0]).toMatchObject({
      outcome: 'failure',
      message: `${TARA}: 21000 kg moved with this load, 20000 kg authorised: 1000 kg beyond the plan`,
    });
  });

  it('warns where the load was recorded in another measure than the quota', () => {
    expect(checkOriginQuota(scanned(taraGuide, [tara(cubicMetres(9))], undefined, withQuota))).toEqual([
      result('ORIGIN_QUOTA', 'warning', { species: TARA, inPlan: true, unit: 'kg' }, { species: TARA, thisLoadM3: 9 }, `${TARA}: 9 m³ on the truck cannot be counted against the plan's quota in kg`),
    ]);
  });
});

describe('a tara load by weight, judged whole', () => {
  const judged = (scaleWeightKg: number) => {
    const state = guideDecider.evolve(INITIAL_GUIDE_STATE, { type: 'GuideIssued', data: taraGuide });
    const command = scan({ observedLines: [tara(kg(5000))], scaleWeightKg }, { species: [...speciesFacts, taraFacts], origin: permitOrigin({ quotas: [TARA_QUOTA] }) });
    const [recorded] = guideDecider.decide(command, state);
    return recorded as ShipmentScanned;
  };

  it('clears a load whose scale reading matches its declared kg', () => {
    const { data } = judged(5200);
    expect(data.verdict.failed).toEqual([]);
    expect(data.results.find((checked) => checked.rule === 'WEIGHT_MATCH')?.outcome).toBe('pass');
  });

  it('immobilises a load found heavier than declared beyond the tolerance', () => {
    const { data } = judged(6500);
    expect(data.verdict).toMatchObject({ decision: 'immobilise', failed: ['WEIGHT_MATCH'] });
  });
});
