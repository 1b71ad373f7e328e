import { describe, expect, it } from '@jest/globals';
import { loadCaseId } from '#shared-kernel';
import { eventually } from '#testing';
import { journeyApp, permitPath } from './journey-app.js';
import {
  CAPIRONA,
  CEDRO,
  checkpoint,
  extractionBody,
  fresh,
  freshPlate,
  guideBody,
  type GuideTerms,
  HOLDS,
  hoursAgo,
  type Load,
  m3,
  minutesAfter,
  operatorAt,
  processorAt,
  REGULATOR,
  TORNILLO,
} from './road-to-pucallpa.js';

interface CheckResult {
  readonly rule: string;
  readonly outcome: string;
  readonly expected: unknown;
  readonly observed: unknown;
}

/** The results of one rule in a scan's answer. */
const resultsOf = (scan: { results: CheckResult[] }, rule: string) => scan.results.filter((result) => result.rule === rule);

// Laundering patterns 1–7 of the domain (docs: "Laundering patterns the system must catch"), each caught through the API.
describe('laundering patterns caught through the standalone app', () => {
  const journey = journeyApp();

  /** A lot of `species` extracted from a fresh plan, shipped under a guide that left six hours ago and delivered at a fresh sawmill. */
  async function deliveredLot(species: string, volumeM3: number, pieces: number): Promise<{ facilityId: string; lot: Load }> {
    const facilityId = await journey.sawmill();
    const permit = await journey.plannedPermit([[species, 100]]);
    const lot = await journey.extracted(permit, species, volumeM3, pieces);
    await journey.deliver(await journey.guide(permit, facilityId, [lot], hoursAgo(6)));
    return { facilityId, lot };
  }

  /** Waits until the scan log behind sightings holds the scan, as the checkpoint's recent scans show it. */
  async function sighted(code: string, scanId: string): Promise<void> {
    await eventually(async () => {
      const { body } = await journey.get(REGULATOR, `/checkpoints/${code}/scans`);
      expect((body.scans as { scanId: string }[]).map((scan) => scan.scanId)).toContain(scanId);
    });
  }

  describe('1 paper volume', () => {
    it('refuses an extraction beyond what the plan has left, and the balance shows what is left', async () => {
      const permit = await journey.plannedPermit([[CEDRO, 40]]);
      await journey.extracted(permit, CEDRO, 30, 6);
      const balance = async () => (await journey.get(REGULATOR, `${permitPath(permit.permitId)}/balance`)).body.balances;

      const surplus = fresh('LOT');
      const { body: refusal } = await journey.post(HOLDS, `${permitPath(permit.permitId)}/extractions`, extractionBody(permit.planId, surplus, CEDRO, 15, 3), 409);
      expect(refusal).toMatchObject({
        error: 'authorised_volume_exceeded',
        details: { planId: permit.planId, species: CEDRO, authorisedM3: 40, extractedM3: 30, remainingM3: 10, requestedM3: 15 },
      });
      expect(await balance()).toEqual([{ planId: permit.planId, species: CEDRO, authorisedM3: 40, extractedM3: 30, movedM3: 0, remainingM3: 10, movableM3: 30 }]);

      // What is left may still be extracted, and then nothing more; custody never heard of the refused lot, though it did of the next one.
      await journey.extracted(permit, CEDRO, 10, 2);
      expect((await journey.get(REGULATOR, `/lots/${surplus}`, 404)).body.error).toBe('lot_not_found');
      expect(await balance()).toEqual([{ planId: permit.planId, species: CEDRO, authorisedM3: 40, extractedM3: 40, movedM3: 0, remainingM3: 0, movableM3: 40 }]);
      const { body: none } = await journey.post(HOLDS, `${permitPath(permit.permitId)}/extractions`, extractionBody(permit.planId, fresh('LOT'), CEDRO, 0.5, 1), 409);
      expect(none).toMatchObject({ error: 'authorised_volume_exceeded', details: { remainingM3: 0, requestedM3: 0.5 } });
    }, 60_000);
  });

  describe('2 moving more than extracted or authorised', () => {
    it('refuses a guide declaring more than its lot holds, and stops a truck carrying beyond the plan with ORIGIN_QUOTA', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 20]]);
      const lot = await journey.extracted(permit, TORNILLO, 20, 10);

      // A guide is a sworn statement about its lots: declaring more than the lot holds (what was extracted) is refused.
      const overstated = guideBody({ number: fresh('GTF'), ...permit, facilityId, loads: [{ ...lot, volumeM3: 26 }], plate: freshPlate(), issuedAt: hoursAgo(3) });
      const { body: mismatch } = await journey.post(HOLDS, '/guides', overstated, 409);
      expect(mismatch).toMatchObject({ error: 'guide_line_mismatch', details: { path: 'lines.0.volume', lotId: lot.lotId, declared: 26, held: 20 } });
      expect((await journey.lot(lot.lotId)).history.map((entry: { type: string }) => entry.type)).toEqual(['LotExtracted']);

      // The honest guide moves it all, and harvest counts it: nothing is left to move, and the same logs cannot leave twice.
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
      await eventually(async () =>
        expect((await journey.get(HOLDS, `${permitPath(permit.permitId)}/balance`)).body.balances).toEqual([
          { planId: permit.planId, species: TORNILLO, authorisedM3: 20, extractedM3: 20, movedM3: 20, remainingM3: 0, movableM3: 0 },
        ]),
      );
      const again = guideBody({ number: fresh('GTF'), ...permit, facilityId, loads: [lot], plate: freshPlate(), issuedAt: hoursAgo(2) });
      expect((await journey.post(HOLDS, '/guides', again, 409)).body).toMatchObject({ error: 'lot_on_open_guide', details: { lotId: lot.lotId, guideNumber: guide.number } });

      // On the road the truck carries 26 m³: more than the plan authorises for the species.
      const scan = await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: TORNILLO, volumeM3: 26, pieces: 10 }] });
      expect(scan.verdict).toBe('immobilise');
      expect(scan.failed).toEqual(expect.arrayContaining(['ORIGIN_QUOTA', 'VOLUME_MATCH']));
      expect(resultsOf(scan, 'ORIGIN_QUOTA')).toEqual([
        expect.objectContaining({ outcome: 'failure', expected: { species: TORNILLO, authorisedM3: 20 }, observed: { species: TORNILLO, movedByOtherGuidesM3: 0, thisLoadM3: 26, totalM3: 26 } }),
      ]);
      await eventually(async () => expect(await journey.lot(lot.lotId)).toMatchObject({ status: 'immobilised' }));
    }, 60_000);

    it('counts a guide line that names only the genus against its lot’s species: the genus hides nothing from the plan', async () => {
      const cumala = 'Virola calophylla';
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[cumala, 30]]);
      const lot = await journey.extracted(permit, cumala, 12, 4);
      const atGenusLevel = guideBody({ number: fresh('GTF'), ...permit, facilityId, loads: [{ ...lot, species: 'Virola' }], plate: freshPlate(), issuedAt: hoursAgo(3) });
      await journey.post(HOLDS, '/guides', atGenusLevel, 201);
      await eventually(async () =>
        expect((await journey.get(HOLDS, `${permitPath(permit.permitId)}/balance`)).body.balances).toEqual([
          { planId: permit.planId, species: cumala, authorisedM3: 30, extractedM3: 12, movedM3: 12, remainingM3: 18, movableM3: 0 },
        ]),
      );
    }, 60_000);
  });

  describe('3 overstated yield', () => {
    it('refuses sawing beyond the maximum yield, and records it only as a declared exception, flagged', async () => {
      const { facilityId, lot } = await deliveredLot(TORNILLO, 20, 10);
      const sawmill = processorAt(facilityId);
      const sawing = (sawnM3: number, changes: Record<string, unknown> = {}) => ({
        transformationId: fresh('TR'),
        inputs: [{ lotId: lot.lotId, volume: m3(20) }],
        outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(sawnM3) }],
        ...changes,
      });

      // 20 m³ of roundwood yield at most 11.2 m³ of sawn wood (SERFOR's referential 56 %).
      const { body: refusal } = await journey.post(sawmill, `/processors/${facilityId}/transformations`, sawing(12), 409);
      expect(refusal).toMatchObject({
        error: 'yield_exceeded',
        details: { overYield: [{ species: TORNILLO, inputM3: 20, lines: [{ outputProduct: 'sawn_wood', maxYield: 0.56, allowedM3: 11.2, requestedM3: 12 }] }] },
      });
      expect(refusal.details.overYield[0].inputNeededM3).toBeGreaterThan(20);
      expect((await journey.get(sawmill, `/processors/${facilityId}/transformations`)).body.transformations).toEqual([]);
      expect((await journey.get(sawmill, `/processors/${facilityId}`)).body.inventory).toEqual([expect.objectContaining({ lotId: lot.lotId, remainingM3: 20 })]);

      // Declared as an exception it stands, flagged for review, and the books show the processor beyond its yield.
      const reason = 'Logs of exceptional grade; yield study attached';
      const { body: flagged } = await journey.post(sawmill, `/processors/${facilityId}/transformations`, sawing(12, { exception: { reason } }), 201);
      expect(flagged.flagged).toMatchObject({ reason, overYield: [{ species: TORNILLO, inputM3: 20 }] });
      const { body: history } = await journey.get(sawmill, `/processors/${facilityId}/transformations`);
      expect(history.transformations).toEqual([expect.objectContaining({ transformationId: flagged.transformationId, flagged: expect.objectContaining({ reason }) })]);
      expect((await journey.get(REGULATOR, `/processors/${facilityId}/balance`)).body.overall).toMatchObject({ consumedM3: 20, producedM3: 12, withinYield: false });
      const product = await eventually(() => journey.lot(flagged.outputs[0].lotId, sawmill));
      expect(product).toMatchObject({ volume: m3(12), parents: [{ lotId: lot.lotId, volume: m3(20) }] });
    }, 60_000);
  });

  describe('4 species substitution', () => {
    it('fails SPECIES_MATCH for cedro carried under a guide for tornillo, immobilises the lots and stops the delivery', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 15, 8);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));

      const scan = await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 15, pieces: 8 }] });
      expect(scan.verdict).toBe('immobilise');
      expect(scan.failed).toEqual(expect.arrayContaining(['SPECIES_MATCH']));
      expect(resultsOf(scan, 'SPECIES_MATCH')).toEqual([
        expect.objectContaining({
          outcome: 'failure',
          expected: [TORNILLO],
          observed: { carried: [CEDRO], undeclared: [{ species: CEDRO, pieces: 8, m3: 15, threatCategory: 'VU', citesAppendix: 'II' }], notCarried: [TORNILLO] },
        }),
      ]);

      const held = await eventually(async () => {
        const view = await journey.lot(lot.lotId);
        expect(view.status).toBe('immobilised');
        return view;
      });
      expect(held.hold).toEqual({ kind: 'immobilised', caseRef: loadCaseId(guide.number), authority: 'ARFFS-UCAYALI' });
      expect(held.history.slice(-2).map((entry: { type: string; actor: { role: string; organisation: string } }) => [entry.type, entry.actor.role, entry.actor.organisation])).toEqual([
        ['LotScanned', ...operatorAt('UC-CFB-K160')],
        ['LotImmobilised', ...operatorAt('UC-CFB-K160')],
      ]);
      const { body: refused } = await journey.post(processorAt(facilityId), `/guides/${guide.number}/delivery`, {}, 409);
      expect(refused).toMatchObject({ error: 'lot_immobilised', details: { lotId: lot.lotId } });
    }, 60_000);
  });

  describe('5 undeclared pieces or volume', () => {
    it('fails PIECES_MATCH for extra logs and VOLUME_MATCH for extra m³, the scale agreeing by densities not yet confirmed', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([
        [TORNILLO, 100],
        [CAPIRONA, 100],
      ]);

      const logs = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 15, 10)], hoursAgo(3));
      // One log more than declared: by default no piece is tolerated.
      const extraLogs = await journey.scan(logs, 'UC-CFB-K160', { observed: [{ species: TORNILLO, volumeM3: 15, pieces: 11 }] });
      expect(extraLogs).toMatchObject({ verdict: 'immobilise', failed: ['PIECES_MATCH'] });
      expect(resultsOf(extraLogs, 'PIECES_MATCH')).toEqual([expect.objectContaining({ outcome: 'failure', expected: { species: TORNILLO, pieces: 10, tolerance: 0 }, observed: { pieces: 11 } })]);
      expect(resultsOf(extraLogs, 'VOLUME_MATCH')).toEqual([expect.objectContaining({ outcome: 'pass' })]);

      // 12 m³ of capirona (green, about 1,100 kg/m³) declared; 14.4 m³ on the truck, and the scale agrees.
      const volume = await journey.guide(permit, facilityId, [await journey.extracted(permit, CAPIRONA, 12, 10)], hoursAgo(3));
      const extraVolume = await journey.scan(volume, 'UC-CFB-K160', { observed: [{ species: CAPIRONA, volumeM3: 14.4, pieces: 10 }], changes: { scaleWeightKg: 15_840 } });
      // The shipped green densities await confirmation: the scale's reading is an observation beside the failed volume.
      expect(extraVolume).toMatchObject({ verdict: 'immobilise', failed: ['VOLUME_MATCH'], warnings: ['WEIGHT_MATCH'] });
      expect(resultsOf(extraVolume, 'VOLUME_MATCH')).toEqual([expect.objectContaining({ outcome: 'failure', expected: { species: CAPIRONA, m3: 12, tolerancePercent: 5 }, observed: { m3: 14.4 } })]);
      expect(resultsOf(extraVolume, 'WEIGHT_MATCH')).toEqual([
        expect.objectContaining({ outcome: 'warning', expected: { estimatedKg: 13_200, tolerancePercent: 10, unconfirmedDensities: [CAPIRONA] }, observed: { kg: 15_840 } }),
      ]);
      expect(resultsOf(extraVolume, 'PIECES_MATCH')).toEqual([expect.objectContaining({ outcome: 'pass' })]);

      for (const guide of [logs, volume]) await eventually(async () => expect(await journey.lot(guide.loads[0]!.lotId)).toMatchObject({ status: 'immobilised' }));
    }, 60_000);
  });

  describe('6 reuse or cloning of a valid guide', () => {
    it('catches a cloned guide on a second truck: seen at Aguaytía, then 122 km away at Pucallpa half an hour later', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const guide = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 15, 8)], hoursAgo(3));

      const first = await journey.scan(guide, 'UC-CFB-K160', { observedAt: minutesAfter(guide.issuedAt, 30) });
      expect(first.verdict).toBe('cleared');
      await sighted('UC-CFB-K160', first.scanId);

      const clone: GuideTerms = { ...guide, plate: freshPlate() };
      const second = await journey.scan(clone, 'UC-CFB-K010', { observedAt: minutesAfter(guide.issuedAt, 60) });
      expect(second.verdict).toBe('immobilise');
      expect(second.failed).toEqual(expect.arrayContaining(['VEHICLE_MATCH', 'TRAVEL_TOO_FAST', 'CLONE_SIGHTING']));
      const [sighting] = resultsOf(second, 'CLONE_SIGHTING');
      expect(sighting).toMatchObject({ outcome: 'failure', observed: { checkpoint: 'UC-CFB-K160', guideNumber: guide.number, plate: guide.plate, hours: 0.5 } });
      expect((sighting!.observed as { distanceKm: number }).distanceKm).toBeGreaterThan(100);
      expect(resultsOf(second, 'TRAVEL_TOO_FAST')).toEqual([expect.objectContaining({ outcome: 'failure', observed: expect.objectContaining({ from: 'UC-CFB-K160', to: 'UC-CFB-K010', hours: 0.5 }) })]);
    }, 60_000);

    it('catches a cloned plate: one truck under two guides, at two distant checkpoints within the hour', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const plate = freshPlate();
      // One guide's truck reaches Pucallpa's checkpoint; the other guide, on the same plate, is seen leaving Aguaytía 45 minutes earlier.
      const arriving = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 10, 5)], hoursAgo(5), plate);
      const leaving = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 10, 5)], hoursAgo(1.5), plate);

      const first = await journey.scan(arriving, 'UC-CFB-K010', { observedAt: hoursAgo(0.25) });
      await sighted('UC-CFB-K010', first.scanId);
      const second = await journey.scan(leaving, 'UC-CFB-K160', { observedAt: hoursAgo(1) });
      expect(second).toMatchObject({ verdict: 'immobilise', failed: ['CLONE_SIGHTING'] });
      expect(resultsOf(second, 'CLONE_SIGHTING')).toEqual([
        expect.objectContaining({ outcome: 'failure', observed: expect.objectContaining({ checkpoint: 'UC-CFB-K010', guideNumber: arriving.number, plate, hours: 0.75 }) }),
      ]);
    }, 60_000);

    it('catches a delivered guide scanned again: a guide covers one trip only', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const guide = await journey.guide(permit, facilityId, [await journey.extracted(permit, TORNILLO, 15, 8)], hoursAgo(6));
      const delivery = await journey.deliver(guide);

      const reused = await journey.scan(guide, 'UC-CFB-K010', { observedAt: minutesAfter(delivery.at, 1) });
      expect(reused.verdict).toBe('immobilise');
      expect(reused.failed).toContain('GUIDE_VALID');
      expect(resultsOf(reused, 'GUIDE_VALID')).toEqual([expect.objectContaining({ outcome: 'failure', observed: { status: 'delivered', since: delivery.at } })]);
      const { body: view } = await journey.get(REGULATOR, `/guides/${guide.number}`);
      expect(view).toMatchObject({ status: 'delivered', scans: [expect.objectContaining({ scanId: reused.scanId, checkpoint: checkpoint('UC-CFB-K010').code })] });
      // The truck on the road carries something else: the delivered lots stay free in the sawmill's yard.
      await journey.scansReachedLots();
      const [delivered] = guide.loads;
      const { history } = await journey.lot(delivered!.lotId);
      expect((history as { type: string }[]).map((entry) => entry.type)).not.toEqual(expect.arrayContaining(['LotImmobilised']));
      expect((history as { type: string }[]).at(-1)).toMatchObject({ type: 'LotDelivered' });
    }, 60_000);
  });

  describe('7 no licensed inflow', () => {
    it('refuses to saw a lot that never reached the sawmill under a guide', async () => {
      const facilityId = await journey.sawmill();
      const sawmill = processorAt(facilityId);
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const inTheYard = await journey.extracted(permit, TORNILLO, 12, 6);
      const elsewhere = (await deliveredLot(TORNILLO, 12, 6)).lot;
      const sawing = (lotId: string) => ({ inputs: [{ lotId, volume: m3(12) }], outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(4) }] });

      for (const lotId of [inTheYard.lotId, elsewhere.lotId, fresh('LOT-NEVER-EXTRACTED')]) {
        const { body } = await journey.post(sawmill, `/processors/${facilityId}/transformations`, sawing(lotId), 404);
        expect(body).toMatchObject({ error: 'lot_not_in_inventory', details: { facilityId, lotId } });
      }
      expect((await journey.get(sawmill, `/processors/${facilityId}/transformations`)).body.transformations).toEqual([]);
      expect((await journey.lot(inTheYard.lotId)).history.map((entry: { type: string }) => entry.type)).toEqual(['LotExtracted']);
      expect(await journey.lot(elsewhere.lotId)).toMatchObject({ status: 'resting', volume: m3(12) });
    }, 60_000);
  });
});
