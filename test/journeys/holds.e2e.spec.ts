import { describe, expect, it } from '@jest/globals';
import { loadCaseId } from '#shared-kernel';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { journeyApp } from './journey-app.js';
import { CEDRO, hoursAgo, type Load, m3, processorAt, REGULATOR, TORNILLO } from './road-to-pucallpa.js';

type Lot = { status: string; hold: { kind: string; caseRef?: string } };

// A hold is where the next command must read it: the guide's own stream for a scan's verdict, and each lot the
// timber became for holds that arrive later.
function describeHolds(store: string, postgresUrl?: string): void {
  describe(`holds that hold, with no window, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);
    const lotOf = (lotId: string) => journey.lot(lotId) as Promise<Lot>;

    // PGlite runs one statement at a time, so its cycles barely overlap and a hundred took 80 s; on Postgres they overlap.
    const [chains, cyclesPerChain] = postgresUrl === undefined ? [4, 5] : [10, 10];
    const cycles = chains * cyclesPerChain;

    it(`refuses a delivery sent right after a scan answered immobilise, ${cycles} times out of ${cycles}, and takes it once a regulator releases the load`, async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 1000]]);
      const outcomes = await Promise.all(
        Array.from({ length: chains }, async () => {
          const answers: number[] = [];
          for (let n = 0; n < cyclesPerChain; n++) {
            const lot = await journey.extracted(permit, TORNILLO, 5, 3);
            const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
            const scan = await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
            expect(scan.verdict).toBe('immobilise');
            const delivery = await journey.post(processorAt(facilityId), `/guides/${guide.number}/delivery`, {}, 409);
            expect(delivery.body.error).toMatch(/^(guide_held|lot_immobilised)$/);
            answers.push(delivery.status);
          }
          return answers;
        }),
      );
      expect(outcomes.flat()).toEqual(Array.from({ length: cycles }, () => 409));

      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
      await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
      const caseRef = loadCaseId(guide.number);
      expect((await journey.post(REGULATOR, `/guides/${guide.number}/annulment`, { reason: 'taken back' }, 409)).body).toMatchObject({ error: 'guide_held', details: { caseRefs: [caseRef] } });
      const { body: released } = await journey.post(REGULATOR, `/guides/${guide.number}/release`, { caseRef }, 200);
      expect(released).toMatchObject({ number: guide.number, caseRef, lots: [lot.lotId], refused: [] });
      await journey.scansReachedLots();
      expect(await lotOf(lot.lotId)).toMatchObject({ status: 'on_guide', hold: { kind: 'none' } });
      await journey.deliver(guide);
    }, 300_000);

    it('releases every lot a scan held even when the release comes before the scan reached the lots', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
      await journey.pauseGuideLots();
      try {
        await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
        expect(await lotOf(lot.lotId)).toMatchObject({ hold: { kind: 'none' } });
        await journey.post(REGULATOR, `/guides/${guide.number}/release`, { caseRef: loadCaseId(guide.number) }, 200);
      } finally {
        journey.resumeGuideLots();
      }
      await journey.scansReachedLots();
      expect(await lotOf(lot.lotId)).toMatchObject({ status: 'on_guide', hold: { kind: 'none' } });
    }, 60_000);

    it('ends a transformation racing a hold one of two ways only: refused, or its products held under the case', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 1000]]);
      for (let n = 0; n < 12; n++) {
        const lot = await journey.extracted(permit, TORNILLO, 10, 4);
        await journey.deliver(await journey.guide(permit, facilityId, [lot], hoursAgo(3)));
        const caseRef = `INF-2026-R${n}`;
        const [sawing, hold] = await Promise.all([
          sawingOf(facilityId, { ...lot, volumeM3: 6 }, 201, 409),
          journey.post(REGULATOR, `/lots/${lot.lotId}/immobilisation`, { caseRef, reason: 'plan under review' }, 200),
        ]);
        expect(hold.status).toBe(200);
        if (sawing.status === 409) {
          expect(sawing.body.error).toBe('lot_held');
          continue;
        }
        const [product] = sawing.body.outputs as { lotId: string }[];
        await eventually(async () => expect(await lotOf(product!.lotId)).toMatchObject({ status: 'immobilised', hold: { kind: 'immobilised', caseRef } }));
      }
    }, 300_000);

    it('carries a hold that arrives after the timber moved on into every lot it became, and a release after it', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 1000]]);
      const lot = await journey.extracted(permit, TORNILLO, 10, 4);
      await journey.deliver(await journey.guide(permit, facilityId, [lot], hoursAgo(3)));
      const { body: sawing } = await sawingOf(facilityId, { ...lot, volumeM3: 6 }, 201);
      const [boards] = sawing.outputs as { lotId: string }[];
      await eventually(() => journey.lot(boards!.lotId));
      const { body: split } = await journey.post(processorAt(facilityId), `/lots/${boards!.lotId}/split`, { children: [{ volume: m3(1) }] }, 201);
      const [piece] = split.children as { lotId: string }[];

      // What is left of the log is held, and so is what it became before the case opened: the boards, and a piece cut from them.
      await journey.post(REGULATOR, `/lots/${lot.lotId}/immobilisation`, { caseRef: 'INF-2026-0777', reason: 'origin under review' }, 200);
      for (const lotId of [boards!.lotId, piece!.lotId]) {
        await eventually(async () => expect(await lotOf(lotId)).toMatchObject({ status: 'immobilised', hold: { kind: 'immobilised', caseRef: 'INF-2026-0777' } }));
      }
      await journey.post(REGULATOR, `/lots/${lot.lotId}/release`, { caseRef: 'INF-2026-0777' }, 200);
      for (const lotId of [boards!.lotId, piece!.lotId]) await eventually(async () => expect(await lotOf(lotId)).toMatchObject({ status: 'resting', hold: { kind: 'none' } }));
    }, 120_000);

    function sawingOf(facilityId: string, lot: Load, ...statuses: number[]) {
      const body = { inputs: [{ lotId: lot.lotId, volume: m3(lot.volumeM3) }], outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(2) }] };
      return journey.postAnswer(processorAt(facilityId), `/processors/${facilityId}/transformations`, body, statuses);
    }
  });
}

describeHolds('the embedded store');

describeWithServer(POSTGRES, 'holds on postgres', (url) => describeHolds('postgres', url));
