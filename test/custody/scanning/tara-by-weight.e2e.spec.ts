import { describe, expect, it } from '@jest/globals';
import { loadCaseId, rectangle } from '#shared-kernel';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Journey, journeyApp, permitPath } from '../../journeys/journey-app.js';
import {
  checkpoint,
  dateFromToday,
  DRIVER,
  fresh,
  freshPlate,
  guideBody,
  HOLDS,
  hoursAgo,
  minutesAfter,
  operatorAt,
  permitBody,
  PLOT,
  REGULATOR,
} from '../../journeys/road-to-pucallpa.js';

// A tara load by weight over HTTP: a plan authorising tara pods in kg, an extraction in kg, a guide in kg, and scans
// whose scale reading is judged against the declared kg directly, without any density.

const TARA = 'Caesalpinia spinosa';
const kg = (value: number) => ({ value, unit: 'kg' as const });
const FIRST = checkpoint('UC-CFB-K160');
const SECOND = checkpoint('UC-CFB-K086');

/** A concession near Aguaytía whose plan authorises 20 t of tara, an extraction of 5 t, and a guide for it to a sawmill. */
async function taraGuide(journey: Journey) {
  const facilityId = await journey.sawmill();
  const permitId = fresh('25-UCA/C-J');
  await journey.post(REGULATOR, '/permits', permitBody(permitId), 201);
  const plan = {
    planId: 'POA-01',
    validity: { from: dateFromToday(-200), to: dateFromToday(160) },
    harvestAreas: [rectangle(-75.56, -9.1, -75.5, -9.04)],
    species: [{ species: TARA, authorised: kg(20_000) }],
  };
  await journey.post(REGULATOR, `${permitPath(permitId)}/plans`, plan, 201);
  const lotId = fresh('LOT');
  const extraction = { lotId, planId: 'POA-01', species: TARA, volume: kg(5000), pieces: 100, harvestDate: dateFromToday(-10), geolocation: { type: 'Point', coordinates: PLOT } };
  await journey.post(HOLDS, `${permitPath(permitId)}/extractions`, extraction, 201);
  const lot = await eventually(async () => (await journey.get(HOLDS, `/lots/${lotId}`)).body);
  expect(lot).toMatchObject({ species: TARA, productType: 'non_timber', volume: kg(5000) });

  const issuedAt = hoursAgo(3);
  const plate = freshPlate();
  const terms = { number: fresh('GTF'), permitId, planId: 'POA-01', facilityId, loads: [], plate, issuedAt };
  const line = { lotId, scientificName: TARA, commonName: 'tara', productType: 'non_timber', volume: kg(5000), pieces: 100 };
  await journey.post(HOLDS, '/guides', { ...guideBody(terms), lines: [line] }, 201);
  return { ...terms, lotId };
}

type TaraGuide = Awaited<ReturnType<typeof taraGuide>>;

function scanBody(guide: TaraGuide, at: typeof FIRST, scaleWeightKg: number) {
  return {
    scanId: fresh('SCAN'),
    guideNumber: guide.number,
    plate: guide.plate,
    driverId: DRIVER.id,
    observedLines: [{ scientificName: TARA, pieces: 100, volume: kg(5000) }],
    scaleWeightKg,
    observedAt: minutesAfter(guide.issuedAt, at.passedAfter),
    position: at.position,
  };
}

type Check = { rule: string; outcome: string; expected: Record<string, unknown>; observed: Record<string, unknown>; message: string };
const check = (answer: { results: Check[] }, rule: string) => answer.results.find((result) => result.rule === rule);

async function loadByWeight(journey: Journey): Promise<void> {
  const guide = await taraGuide(journey);
  const { body: view } = await journey.get(HOLDS, `/guides/${guide.number}`);
  expect(view.guide.lines).toEqual([expect.objectContaining({ productType: 'non_timber', volume: kg(5000) })]);

  // The scale reads 5300 kg: within 15 % of the 5000 kg declared, judged directly, no density in sight.
  const { body: cleared } = await journey.post(operatorAt(FIRST.code), `/checkpoints/${FIRST.code}/scans`, scanBody(guide, FIRST, 5300), 201);
  expect(cleared).toMatchObject({ verdict: 'cleared', failed: [] });
  expect(check(cleared, 'WEIGHT_MATCH')).toEqual({
    rule: 'WEIGHT_MATCH',
    outcome: 'pass',
    expected: { estimatedKg: 5000, declaredKg: 5000, tolerancePercent: expect.any(Number) },
    observed: { kg: 5300 },
    message: expect.stringContaining('declared weight'),
  });
  expect(check(cleared, 'VOLUME_MATCH')).toMatchObject({ outcome: 'pass', expected: { species: TARA, kg: 5000 }, observed: { kg: 5000 } });
  expect(check(cleared, 'ORIGIN_QUOTA')).toMatchObject({ outcome: 'pass', expected: { species: TARA, authorisedKg: 20_000 }, observed: { thisLoadKg: 5000 } });

  // Further down the road the truck weighs 6500 kg: 30 % over what the guide declares, so the load is held.
  const { body: heavier } = await journey.post(operatorAt(SECOND.code), `/checkpoints/${SECOND.code}/scans`, scanBody(guide, SECOND, 6500), 201);
  expect(heavier).toMatchObject({ verdict: 'immobilise', failed: ['WEIGHT_MATCH'] });
  expect(check(heavier, 'WEIGHT_MATCH')).toMatchObject({ outcome: 'failure', expected: { estimatedKg: 5000 }, observed: { kg: 6500 } });
  await eventually(async () => {
    const lot = await journey.lot(guide.lotId);
    expect(lot).toMatchObject({ status: 'immobilised', hold: { kind: 'immobilised', caseRef: loadCaseId(guide.number) }, volume: kg(5000) });
  });
  await eventually(async () => {
    const { body } = await journey.get(REGULATOR, `/guides?holderTaxId=${HOLDS[1]}`);
    expect((body.guides as { number: string; load: unknown }[]).find((listed) => listed.number === guide.number)?.load).toEqual([{ species: TARA, volume: kg(5000) }]);
  });
}

describe('a tara load by weight, on the embedded store', () => {
  const journey = journeyApp();

  it('clears a scale reading within the declared kg and immobilises a load heavier than declared', async () => {
    await loadByWeight(journey);
  }, 60_000);
});

describeWithServer(POSTGRES, 'a tara load by weight, on a real Postgres', (url) => {
  const journey = journeyApp(url);

  it('clears a scale reading within the declared kg and immobilises a load heavier than declared', async () => {
    await loadByWeight(journey);
  }, 60_000);
});
