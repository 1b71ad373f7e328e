import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Journey, journeyApp, permitPath } from './journey-app.js';
import { CAPIRONA, fresh, freshPlate, guideBody, HOLDER, HOLDS, hoursAgo, m3, minutesAfter, processorAt, REGULATOR, ROAD, TORNILLO } from './road-to-pucallpa.js';

type Step = readonly [type: string, role: string, organisation: string];

/** The same journey on every store: permit → plan → extraction → guide → scans → delivery → sawing → product lot. */
function theFullJourney(journey: Journey): void {
  it('takes logs from a permit to a product lot whose lineage shows every step and who took it', async () => {
    const facilityId = await journey.sawmill();
    const permit = await journey.plannedPermit([
      [TORNILLO, 120],
      [CAPIRONA, 60],
    ]);

    // Extraction: custody starts each lot at the holder's yard, and the plan's balance draws on it.
    const tornillo = await journey.extracted(permit, TORNILLO, 18.426, 9);
    const capirona = await journey.extracted(permit, CAPIRONA, 7.85, 12);
    expect(await journey.lot(tornillo.lotId, HOLDS)).toMatchObject({
      species: TORNILLO,
      productType: 'roundwood',
      volume: m3(18.426),
      status: 'resting',
      place: { kind: 'holder', holderTaxId: HOLDER },
    });
    const balance = async () => (await journey.get(REGULATOR, `${permitPath(permit.permitId)}/balance`)).body.balances;
    expect(await balance()).toEqual([
      { planId: permit.planId, species: TORNILLO, authorisedM3: 120, extractedM3: 18.426, movedM3: 0, remainingM3: 101.574, movableM3: 18.426 },
      { planId: permit.planId, species: CAPIRONA, authorisedM3: 60, extractedM3: 7.85, movedM3: 0, remainingM3: 52.15, movableM3: 7.85 },
    ]);

    // The guide dispatches both lots; harvest counts what it moves.
    const guide = await journey.guide(permit, facilityId, [tornillo, capirona], hoursAgo(6));
    expect(await journey.lot(tornillo.lotId, HOLDS)).toMatchObject({ status: 'on_guide', guideNumber: guide.number });
    await eventually(async () => expect((await balance()).map((line: { movedM3: number; movableM3: number }) => [line.movedM3, line.movableM3])).toEqual([[18.426, 0], [7.85, 0]]));

    // Every checkpoint of the road clears the load: right place, order, time, truck, species, pieces, volume and origin.
    for (const { code } of ROAD) {
      const scan = await journey.scan(guide, code);
      expect(scan).toMatchObject({ checkpoint: code, authority: 'ARFFS-UCAYALI', guideNumber: guide.number, verdict: 'cleared', failed: [], warnings: [], failedChecks: [] });
      expect(scan.results.filter((result: { outcome: string }) => result.outcome !== 'pass')).toEqual([]);
    }
    // The lots record each scan before the load arrives.
    for (const { lotId } of guide.loads) await journey.lotSteps(lotId, (steps) => expect(steps.filter(([type]) => type === 'LotScanned')).toHaveLength(ROAD.length));

    const delivery = await journey.deliver(guide);
    expect(delivery).toMatchObject({ number: guide.number, status: 'delivered', lots: [tornillo.lotId, capirona.lotId], refused: [] });
    const { body: guideView } = await journey.get(processorAt(facilityId), `/guides/${guide.number}`);
    expect(guideView).toMatchObject({ status: 'delivered', closure: { status: 'delivered', facilityId, by: { role: 'processor', organisation: facilityId } } });
    expect(guideView.scans.map((scan: { checkpoint: string; verdict: { decision: string }; by: { organisation: string } }) => [scan.checkpoint, scan.verdict.decision, scan.by.organisation])).toEqual(
      ROAD.map(({ code }) => [code, 'cleared', code]),
    );

    // Sawing within the 35 % maximum yield of roundwood into sawn wood.
    const transformationId = fresh('TR');
    const { body: sawing } = await journey.post(
      processorAt(facilityId),
      `/processors/${facilityId}/transformations`,
      {
        transformationId,
        inputs: [
          { lotId: tornillo.lotId, volume: m3(18.426) },
          { lotId: capirona.lotId, volume: m3(7.85) },
        ],
        outputs: [
          { productType: 'sawn_wood', species: TORNILLO, volume: m3(6.2) },
          { productType: 'sawn_wood', species: CAPIRONA, volume: m3(2.6) },
        ],
      },
      201,
    );
    expect(sawing).not.toHaveProperty('flagged');
    const [boards] = sawing.outputs as { lotId: string; species: string; parents: unknown[] }[];
    expect(boards).toMatchObject({ species: TORNILLO, productType: 'sawn_wood', volume: m3(6.2), parents: [{ lotId: tornillo.lotId, volume: m3(18.426) }] });

    // The product lot knows its parent; the parent's history is the whole chain, each step with its actor.
    const product = await eventually(() => journey.lot(boards!.lotId, processorAt(facilityId)));
    expect(product).toMatchObject({
      species: TORNILLO,
      productType: 'sawn_wood',
      volume: m3(6.2),
      status: 'resting',
      place: { kind: 'facility', facilityId },
      parents: [{ lotId: tornillo.lotId, volume: m3(18.426) }],
    });
    expect(product.history.map((entry: { type: string; actor: { role: string; organisation: string } }) => [entry.type, entry.actor.role, entry.actor.organisation])).toEqual([
      ['ProductLotCreated', 'processor', facilityId],
    ]);

    const chain: Step[] = [
      ['LotExtracted', 'permit_holder', HOLDER],
      ['LotDispatched', 'permit_holder', HOLDER],
      ...ROAD.map(({ code }): Step => ['LotScanned', 'checkpoint_operator', code]),
      ['LotDelivered', 'processor', facilityId],
      ['LotConsumed', 'processor', facilityId],
    ];
    await journey.lotSteps(tornillo.lotId, (steps) => expect(steps).toEqual(chain));
    const parent = await journey.lot(tornillo.lotId);
    expect(parent).toMatchObject({ status: 'consumed', volume: m3(0), consumedBy: [transformationId], deliveredUnder: guide.number });
    expect(parent.history.filter((entry: { type: string }) => entry.type === 'LotScanned').map((entry: { data: { checkpoint: string; verdict: string } }) => [entry.data.checkpoint, entry.data.verdict])).toEqual(
      ROAD.map(({ code }) => [code, 'pass']),
    );

    const { body: books } = await journey.get(processorAt(facilityId), `/processors/${facilityId}/balance`);
    expect(books.overall).toMatchObject({ receivedM3: 26.276, consumedM3: 26.276, producedM3: 8.8, withinYield: true });
  }, 120_000);

  it('keeps the times of the journey in order and ships nothing from a permit cancelled since', async () => {
    const facilityId = await journey.sawmill();
    const permit = await journey.plannedPermit([[TORNILLO, 120]]);
    const lot = await journey.extracted(permit, TORNILLO, 10, 5);
    const stranded = await journey.extracted(permit, TORNILLO, 8, 4);
    const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(6));
    const [first] = ROAD;
    await journey.scan(guide, first!.code);
    const seenAt = minutesAfter(guide.issuedAt, first!.passedAfter);

    // The sawmill says when the truck arrived: not before it left, nor before a checkpoint saw it, nor later than now.
    const delivery = `/guides/${guide.number}/delivery`;
    const problems = async (deliveredAt: string) => (await journey.post(processorAt(facilityId), delivery, { deliveredAt }, 400)).body.details.problems;
    expect(await problems(minutesAfter(guide.issuedAt, -10))).toEqual([{ path: 'deliveredAt', code: 'before_issue' }]);
    expect(await problems(new Date(Date.now() + 3_600_000).toISOString())).toEqual([{ path: 'deliveredAt', code: 'in_the_future' }]);
    const early = (await journey.post(processorAt(facilityId), delivery, { deliveredAt: minutesAfter(guide.issuedAt, 10) }, 409)).body;
    expect(early).toMatchObject({ error: 'delivery_before_last_scan', details: { lastScanAt: seenAt } });
    const deliveredAt = hoursAgo(2);
    expect((await journey.post(processorAt(facilityId), delivery, { deliveredAt }, 200)).body).toMatchObject({ status: 'delivered', at: deliveredAt });
    await eventually(async () => expect((await journey.get(processorAt(facilityId), `/processors/${facilityId}`)).body.inventory).toEqual([expect.objectContaining({ lotId: lot.lotId })]));

    // Nothing is sawn before it arrived.
    const sawing = (at: string, status: number) =>
      journey.post(processorAt(facilityId), `/processors/${facilityId}/transformations`, { transformationId: fresh('TR'), at, inputs: [{ lotId: lot.lotId, volume: m3(10) }], outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(3) }] }, status);
    expect((await sawing(hoursAgo(3), 409)).body).toMatchObject({ error: 'transformation_before_input', details: { lotId: lot.lotId } });
    await sawing(hoursAgo(1), 201);

    // OSINFOR's caducidad: custody hears of it from harvest and issues no guide for the permit's timber any more.
    await journey.post(REGULATOR, `${permitPath(permit.permitId)}/cancellation`, { reason: 'caducidad: extraction outside the plan' }, 200);
    await journey.settled();
    const { body: refused } = await journey.post(HOLDS, '/guides', guideBody({ number: fresh('GTF'), ...permit, facilityId, loads: [stranded], plate: freshPlate(), issuedAt: hoursAgo(1) }), 409);
    expect(refused).toMatchObject({ error: 'permit_not_active', details: { permitId: permit.permitId, standing: { status: 'cancelled' } } });
    expect(await journey.lot(stranded.lotId, HOLDS)).toMatchObject({ status: 'resting' });
  }, 120_000);

  it('stops a cloned guide on a trailing truck at its first checkpoint, and passes the truck its load was transshipped to', async () => {
    const facilityId = await journey.sawmill();
    const permit = await journey.plannedPermit([[TORNILLO, 120]]);
    const [first, second] = ROAD;

    const cloned = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 10, 5)], hoursAgo(6));
    expect((await journey.scan(cloned, first!.code)).verdict).toBe('cleared');
    const trailing = await journey.scan({ ...cloned, plate: freshPlate() }, first!.code, { observedAt: minutesAfter(cloned.issuedAt, first!.passedAfter + 20) });
    expect(trailing).toMatchObject({ verdict: 'immobilise', failed: ['VEHICLE_MATCH'] });

    const guide = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 8, 4)], hoursAgo(6));
    await journey.scan(guide, first!.code);
    const truck = { plate: freshPlate(), driver: { id: '77665544', licence: 'Q77665544' } };
    const transshipment = { lots: [guide.loads[0]!.lotId], ...truck, position: first!.position, at: minutesAfter(guide.issuedAt, first!.passedAfter + 15) };
    await journey.post(REGULATOR, `/guides/${guide.number}/transshipments`, transshipment, 403);
    expect((await journey.post(HOLDS, `/guides/${guide.number}/transshipments`, transshipment, 201)).body).toEqual({ number: guide.number, ...transshipment });
    const onto = await journey.scan({ ...guide, plate: truck.plate }, second!.code, { changes: { driverId: truck.driver.id } });
    expect(onto).toMatchObject({ verdict: 'cleared', failed: [], warnings: [] });
    expect((await journey.get(REGULATOR, `/guides/${guide.number}`)).body.transshipments).toEqual([{ ...transshipment, by: expect.objectContaining({ role: 'permit_holder', organisation: HOLDER }) }]);
  }, 120_000);
}

describe('the full journey through the standalone app on the embedded store', () => theFullJourney(journeyApp()));

describeWithServer(POSTGRES, 'the full journey through the standalone app on Postgres', (url) => theFullJourney(journeyApp(url)));
