import { describe, expect, it } from '@jest/globals';
import { journeyApp } from './journey-app.js';
import { fresh, freshPlate, guideBody, HOLDS, hoursAgo, m3, processorAt, REGULATOR, SAWMILL_HOLDER, sawmillBody, TORNILLO } from './road-to-pucallpa.js';

describe('a load consigned to an exporter', () => {
  const journey = journeyApp();

  it('passes DESTINATION at a registered export yard, which receives it and records no transformation', async () => {
    const yard = fresh('EXP-CALLAO');
    await journey.post(REGULATOR, '/processors', { ...sawmillBody(yard), kind: 'export_yard' }, 201);
    const permit = await journey.plannedPermit([[TORNILLO, 100]]);
    const lot = await journey.extracted(permit, TORNILLO, 15, 5);
    const terms = { number: fresh('GTF'), ...permit, facilityId: yard, loads: [lot], plate: freshPlate(), issuedAt: hoursAgo(3) };
    await journey.post(HOLDS, '/guides', { ...guideBody(terms), consignee: { taxId: SAWMILL_HOLDER, kind: 'exporter', facilityId: yard } }, 201);

    const scan = await journey.scan(terms, 'UC-CFB-K160');
    expect(scan.results.find((result: { rule: string }) => result.rule === 'DESTINATION')).toMatchObject({ outcome: 'pass', observed: { facilityId: yard, kind: 'exporter', authorised: true } });

    await journey.deliver(terms);
    const sawing = { transformationId: fresh('TR'), inputs: [{ lotId: lot.lotId, volume: m3(15) }], outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(5) }] };
    const { body } = await journey.post(processorAt(yard), `/processors/${yard}/transformations`, sawing, 409);
    expect(body).toMatchObject({ error: 'processor_kind_cannot_transform', details: { kind: 'export_yard' } });
  }, 60_000);
});
