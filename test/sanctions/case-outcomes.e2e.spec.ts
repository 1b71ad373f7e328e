import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { loadCaseId } from '#shared-kernel';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, fresh, HOLDER, HOLDS, hoursAgo, m3, processorAt, REGULATOR, SAWMILL_POSITION, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

// One officer instructs, another resolves, a third hears the appeal: the law keeps them apart.
const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-02'];
const DIRECTOR: Who = ['regulator', AUTHORITY, 'director-arffs-ucayali'];
const APPEALS: Who = ['regulator', AUTHORITY, 'appeals-arffs-ucayali'];

function describeOutcomes(store: string, postgresUrl?: string): void {
  describe(`what a final case does to the timber, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    /** 5 m³ of tornillo on its guide, and 2 m³ of cedro on the same truck that the guide does not declare. */
    async function undeclaredCedro() {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
      const observed = [
        { species: TORNILLO, volumeM3: 5, pieces: 3 },
        { species: CEDRO, volumeM3: 2, pieces: 2 },
      ];
      const scan = await journey.scan(guide, 'UC-CFB-K160', { observed });
      expect(scan.verdict).toBe('immobilise');
      const caseId = loadCaseId(guide.number);
      const file = await eventually(async () => {
        const { body } = await journey.get(REGULATOR, `/cases/${caseId}`);
        expect(body.lots).toHaveLength(2);
        return body;
      });
      const seizedLotId = (file.lots as string[]).find((lotId) => lotId !== lot.lotId)!;
      return { guide, lot, caseId, file, seizedLotId };
    }

    /** Charges, a defence, both reports: the case waits for its resolution. */
    async function instructed(caseId: string) {
      const step = (who: Who, name: string, body: object) => journey.post(who, `/cases/${caseId}/${name}`, body, 200);
      await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: ['INF-2021-02'], facts: '2 m³ of cedro on the truck, not on the guide' });
      await step(HOLDS, 'defences', { statement: 'the cedro was bought from a neighbour' });
      await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'the cedro has no guide' });
      await step(INSTRUCTOR, 'final-report', {});
      return step;
    }

    it('seizes exactly the undeclared cedro as a lot of unproven origin, held under the load’s case beside the declared lot', async () => {
      const { guide, lot, caseId, file, seizedLotId } = await undeclaredCedro();
      expect(file.sources[0].load).toEqual({
        declared: [{ species: TORNILLO, pieces: 3, m3: '5' }],
        observed: [
          { species: TORNILLO, pieces: 3, m3: '5' },
          { species: CEDRO, pieces: 2, m3: '2' },
        ],
        seized: [{ lotId: seizedLotId, species: CEDRO, pieces: 2, m3: '2', basis: 'species_not_declared' }],
      });
      const seized = await eventually(async () => {
        const view = await journey.lot(seizedLotId);
        expect(view.status).toBe('immobilised');
        return view;
      });
      expect(seized).toMatchObject({ species: CEDRO, volume: { value: 2, unit: 'm3' }, place: { kind: 'authority', authority: AUTHORITY, checkpoint: 'UC-CFB-K160' } });
      expect(seized.hold).toEqual({ kind: 'immobilised', caseRef: caseId, authority: AUTHORITY });
      expect(seized.history.map((entry: Body) => entry.type)).toEqual(['LotSeized', 'LotImmobilised']);
      await eventually(async () => expect((await journey.lot(lot.lotId)).hold).toEqual({ kind: 'immobilised', caseRef: caseId, authority: AUTHORITY }));
      expect((await journey.get(HOLDS, `/lots/${seizedLotId}`, 403)).body.error).toBe('not_acting_for');
      expect(guide.number).toBeDefined();
    }, 120_000);

    it('fines the undeclared cedro and confiscates exactly it once the sanction is final, and releases the declared lot, which then reaches the sawmill', async () => {
      const { guide, lot, caseId, seizedLotId } = await undeclaredCedro();
      const step = await instructed(caseId);
      await journey.uitOfThisYear();
      // Species and m³ of the fine default to the seized cedro.
      const sanction = { outcome: 'sanction', reasoning: 'cedro without a guide', measures: ['confiscation'], fine: { detectionProbability: '0.50', damageGravity: 'medium' } };
      expect((await journey.post(DIRECTOR, `/cases/${caseId}/resolution`, { ...sanction, lotsConfiscated: ['LOT-NOT-OF-THE-CASE'] }, 400)).body).toMatchObject({ details: { field: 'lotsConfiscated' } });
      const { body: resolved } = await step(DIRECTOR, 'resolution', { ...sanction, lotsConfiscated: [seizedLotId] });
      expect(resolved.resolution).toMatchObject({ outcome: 'sanction', lotsConfiscated: [seizedLotId], fine: { species: CEDRO, input: { volumeM3: '2' } } });
      expect(resolved.resolution.fineUit).toMatch(/^\d+\.\d{2}$/);
      // Nothing happens to the timber while the resolution can still be challenged.
      expect((await journey.lot(seizedLotId)).status).toBe('immobilised');

      await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'the cedro was bought in good faith' });
      const { body: final } = await step(APPEALS, 'review-decision', { upheld: true, reasoning: 'no document covers the cedro' });
      expect(final.status).toBe('final');

      const confiscated = await eventually(async () => {
        const view = await journey.lot(seizedLotId);
        expect(view.status).toBe('confiscated');
        return view;
      });
      expect(confiscated.hold).toEqual({ kind: 'confiscated', caseRef: caseId, authority: AUTHORITY });
      await eventually(async () => expect((await journey.lot(lot.lotId)).hold).toEqual({ kind: 'none' }));
      await journey.deliver(guide);
      expect((await journey.lot(lot.lotId)).status).not.toBe('confiscated');

      // Paid at the UIT of the year of payment, and only that amount.
      const paidAt = new Date().toISOString();
      const { body: uits } = await journey.get(REGULATOR, `/reference/uit?at=${encodeURIComponent(paidAt)}`);
      const uit = (uits.entries as { year: number; soles: number }[]).find((entry) => entry.year === new Date(Date.parse(paidAt) - 5 * 3_600_000).getUTCFullYear())!;
      const due = new Decimal(resolved.resolution.fineUit as string).times(uit.soles).toFixed(2, Decimal.ROUND_HALF_UP);
      const pay = (amountSoles: string, status: number) => journey.post(DIRECTOR, `/cases/${caseId}/fine-payment`, { receipt: 'REC-2026-000123', amountSoles, at: paidAt }, status);
      expect((await pay(new Decimal(due).plus('0.01').toFixed(2), 400)).body).toMatchObject({ error: 'invalid_case_step', details: { field: 'amountSoles' } });
      expect((await pay(due, 200)).body.finePaid).toEqual({ receipt: 'REC-2026-000123', amountSoles: due, paidAt });
      expect((await pay(due, 409)).body.error).toBe('fine_already_paid');
    }, 180_000);

    it('confiscates with a lot the sawn product already made from it, when an inspector’s case against the lot becomes final', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 10, 6);
      await journey.deliver(await journey.guide(permit, facilityId, [lot], hoursAgo(3)));
      const sawing = { transformationId: fresh('TR'), inputs: [{ lotId: lot.lotId, volume: m3(6) }], outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(2) }] };
      const { body: sawn } = await journey.post(processorAt(facilityId), `/processors/${facilityId}/transformations`, sawing, 201);
      const boards = sawn.outputs[0].lotId as string;
      await eventually(() => journey.lot(boards));

      const inspection = {
        place: { name: 'Aserradero', position: SAWMILL_POSITION },
        subject: { holderTaxId: HOLDER },
        lots: [lot.lotId],
        findings: [{ rule: 'ORIGIN_UNPROVEN', message: 'The plot the logs were declared from was never logged', at: hoursAgo(1) }],
      };
      const { body: opened } = await journey.post(REGULATOR, '/cases', inspection, 201);
      const step = await instructed(opened.caseId);
      await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'timber of no legal origin', measures: ['confiscation'], lotsConfiscated: [lot.lotId] });
      await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'the plot was logged' });
      await step(APPEALS, 'review-decision', { upheld: true, reasoning: 'the supervision found no stumps' });

      for (const lotId of [lot.lotId, boards]) {
        await eventually(async () => expect((await journey.lot(lotId)).hold).toEqual({ kind: 'confiscated', caseRef: opened.caseId, authority: AUTHORITY }));
      }
    }, 180_000);

    it('releases every lot, the seized one too, when the case is dismissed', async () => {
      const { lot, caseId, seizedLotId } = await undeclaredCedro();
      const step = await instructed(caseId);
      await step(DIRECTOR, 'resolution', { outcome: 'dismissal', reasoning: 'a guide for the cedro was found' });
      await step(DIRECTOR, 'finality', {});
      for (const lotId of [lot.lotId, seizedLotId]) await eventually(async () => expect((await journey.lot(lotId)).hold).toEqual({ kind: 'none' }));
    }, 180_000);
  });
}

describeOutcomes('the embedded store');

describeWithServer(POSTGRES, 'what a final case does to the timber on postgres', (url) => describeOutcomes('postgres', url));
