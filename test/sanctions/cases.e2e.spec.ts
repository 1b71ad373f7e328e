import { randomInt } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, DRIVER, HOLDER, HOLDS, hoursAgo, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

// Officers of the regional authority: one instructs, another resolves, a third hears the appeal.
const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-01'];
const DIRECTOR: Who = ['regulator', AUTHORITY, 'director-arffs-ucayali'];
const APPEALS: Who = ['regulator', AUTHORITY, 'appeals-arffs-ucayali'];
const OSINFOR: Who = ['regulator', 'OSINFOR'];
const ANOTHER_HOLDER: Who = ['permit_holder', '20100000001'];

function describeCases(store: string, postgresUrl?: string): void {
  describe(`infraction cases from checkpoint flags, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    /** A load of tornillo on its guide, found to be cedro at the first checkpoint: immobilised, and its case. */
    async function flaggedLoad(issuedHoursAgo = 3) {
      // A trip long past rides on a guide still valid when recorded today: an expired guide is not issued.
      const validHours = Math.max(48, issuedHoursAgo + 24);
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(issuedHoursAgo), undefined, validHours);
      const scan = await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
      expect(scan.verdict).toBe('immobilise');
      const row = await eventually(async () => {
        const { body } = await journey.get(REGULATOR, '/cases?status=detected&limit=500');
        const found = (body.cases as Body[]).find((candidate) => candidate.guideNumber === guide.number);
        expect(found).toBeDefined();
        return found as Body;
      });
      return { guide, lot, scan, row };
    }

    it("opens a case in the checkpoint authority's queue, its file for that authority and the holder only, and a second flag joins it", async () => {
      const { guide, lot, row } = await flaggedLoad();
      expect(row).toMatchObject({ authority: AUTHORITY, status: 'detected', sources: ['scan'], parties: [HOLDER, DRIVER.id], lots: expect.arrayContaining([lot.lotId]) });
      expect(row.rules).toContain('SPECIES_MATCH');

      const { body: file } = await journey.get(HOLDS, `/cases/${row.caseId}`);
      expect(file).toMatchObject({ caseId: row.caseId, authority: AUTHORITY, subject: { guideNumber: guide.number, holderTaxId: HOLDER }, history: [{ type: 'CaseOpened' }] });
      expect(file.suggestedConducts).toContainEqual(expect.objectContaining({ code: 'INF-2021-02', class: 'muy_grave', rules: expect.arrayContaining(['SPECIES_MATCH']) }));
      expect((await journey.get(OSINFOR, `/cases/${row.caseId}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(ANOTHER_HOLDER, `/cases/${row.caseId}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(OSINFOR, `/cases?authority=${AUTHORITY}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(OSINFOR, '/cases?limit=500')).body.cases.map((c: Body) => c.caseId)).not.toContain(row.caseId);

      await journey.scan(guide, 'UC-CFB-K086', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
      await eventually(async () => expect((await journey.get(REGULATOR, `/cases/${row.caseId}`)).body.sources).toHaveLength(2));
    }, 120_000);

    it('lets the driver, as carrier, list and read its load’s case and answer the charges against it, and no other carrier', async () => {
      const { row } = await flaggedLoad();
      const carrier: Who = ['carrier', DRIVER.id];
      const anotherCarrier: Who = ['carrier', '40000001'];
      expect(((await journey.get(carrier, '/cases?limit=500')).body.cases as Body[]).map((found) => found.caseId)).toContain(row.caseId);
      expect((await journey.get(carrier, `/cases/${row.caseId}`)).body.subject).toMatchObject({ driverId: DRIVER.id });
      expect((await journey.get(anotherCarrier, `/cases/${row.caseId}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(anotherCarrier, '/cases?limit=500')).body.cases).toEqual([]);

      await journey.post(INSTRUCTOR, `/cases/${row.caseId}/charges`, { accusedTaxId: DRIVER.id, conducts: ['INF-2021-02'], facts: 'drove cedro under a guide for tornillo' }, 200);
      expect((await journey.post(HOLDS, `/cases/${row.caseId}/defences`, { statement: 'not the driver' }, 403)).body.error).toBe('not_acting_for');
      const { body: answered } = await journey.post(carrier, `/cases/${row.caseId}/defences`, { statement: 'I was told the logs were tornillo' }, 200);
      expect(answered.status).toBe('defence_submitted');
    }, 120_000);

    it('takes the case through the procedure, each step by whom the law allows, to an appeal that overturns the sanction', async () => {
      await journey.uitOfThisYear();
      const { row, lot } = await flaggedLoad();
      const step = (who: Who, name: string, body: object, status = 200, key?: string) => journey.post(who, `/cases/${row.caseId}/${name}`, body, status, key);

      expect((await step(INSTRUCTOR, 'resolution', { outcome: 'dismissal', reasoning: 'too early' }, 409)).body).toMatchObject({ error: 'procedure_step_not_allowed', details: { status: 'detected' } });
      expect((await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: [], facts: 'x' }, 400)).body.error).toBe('validation_failed');
      const unknown = await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: ['INF-2021-02', 'INF-1999-99'], facts: 'x' }, 400);
      expect(unknown.body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'conducts.1' }] } });
      const charges = { accusedTaxId: HOLDER, conducts: ['INF-2021-02'], facts: '5 m³ of cedro under a guide for tornillo' };
      const { body: charged } = await step(INSTRUCTOR, 'charges', charges, 200, 'charges-1');
      expect(charged).toMatchObject({ status: 'charged', charges: { instructor: 'instructor-arffs-ucayali-01', accusedTaxId: HOLDER, conducts: [{ code: 'INF-2021-02', class: 'muy_grave', fineUit: { min: '10', max: '5000' } }] } });
      expect(charged.charges.defenceDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((await step(INSTRUCTOR, 'charges', charges, 200, 'charges-1')).body).toEqual(charged);
      expect((await step(OSINFOR, 'charges', charges, 403)).body.error).toBe('not_acting_for');

      expect((await step(ANOTHER_HOLDER, 'defences', { statement: 'not ours' }, 403)).body.error).toBe('not_acting_for');
      await step(HOLDS, 'defences', { statement: 'the timber is tornillo; the checkpoint misidentified it' });
      expect((await step(DIRECTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'x' }, 403)).body.error).toBe('separation_of_duties');
      await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'cedro is not declared on the guide' });
      await step(INSTRUCTOR, 'final-report', {});
      const fine = { species: CEDRO, volumeM3: '5', detectionProbability: '0.50', damageGravity: 'medium' };
      expect((await step(INSTRUCTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fine }, 403)).body.error).toBe('separation_of_duties');
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fineUit: '12.50' }, 400)).body.error).toBe('validation_failed');
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fine: { ...fine, volumeM3: 5 } }, 400)).body).toMatchObject({ details: { fields: [{ path: 'fine.volumeM3' }] } });
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fine: { ...fine, conduct: 'INF-2021-01' } }, 400)).body).toMatchObject({ error: 'invalid_case_step', details: { field: 'fine.conduct' } });
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fine: { ...fine, species: 'Quercus robur' } }, 400)).body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'fine.species' }] } });
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fine, measures: ['confiscation'] }, 400)).body).toMatchObject({ error: 'invalid_case_step', details: { field: 'lotsConfiscated' } });
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fine, measures: ['confiscation'], lotsConfiscated: ['LOT-NOT-HELD'] }, 400)).body).toMatchObject({ details: { field: 'lotsConfiscated' } });
      const { body: resolved } = await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'undeclared cedro', fine, measures: ['confiscation'], lotsConfiscated: [lot.lotId] });
      expect(resolved).toMatchObject({
        status: 'resolved',
        resolution: { outcome: 'sanction', fineUit: '10.00', measures: ['confiscation'], lotsConfiscated: [lot.lotId], decidedBy: 'director-arffs-ucayali', fine: { conduct: 'INF-2021-02', band: 'raised_to_minimum' } },
      });

      await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'an identification report shows tornillo' });
      expect((await step(DIRECTOR, 'review-decision', { upheld: true, reasoning: 'x' }, 403)).body.error).toBe('separation_of_duties');
      const { body: final } = await step(APPEALS, 'review-decision', { upheld: false, reasoning: 'the species was misidentified' });
      expect(final).toMatchObject({ status: 'final', resolution: { outcome: 'dismissal', measures: [], lotsConfiscated: [] } });
      expect(final.resolution.fine).toBeUndefined();

      const { body: file } = await journey.get(REGULATOR, `/cases/${row.caseId}`);
      expect(file.history.map((entry: Body) => [entry.type, entry.actor.id])).toEqual([
        ['CaseOpened', expect.any(String)],
        ['ChargesNotified', 'instructor-arffs-ucayali-01'],
        ['DefenceSubmitted', `permit_holder-of-${HOLDER}`],
        ['InstructionReportIssued', 'instructor-arffs-ucayali-01'],
        ['FinalReportNotified', 'instructor-arffs-ucayali-01'],
        ['CaseResolved', 'director-arffs-ucayali'],
        ['ReviewRequested', `permit_holder-of-${HOLDER}`],
        ['ReviewDecided', 'appeals-arffs-ucayali'],
        ['CaseBecameFinal', 'appeals-arffs-ucayali'],
      ]);
      await eventually(async () => {
        const { body } = await journey.get(HOLDS, '/cases?status=final&limit=500');
        expect(body.cases.find((c: Body) => c.caseId === row.caseId)).toMatchObject({ outcome: 'dismissal', fineUit: null, conducts: ['INF-2021-02'] });
      });
    }, 120_000);

    it('computes the fine from the conduct sanctioned, the species at the facts and the UIT of the year, shown whole in the file, and the lots the final resolution confiscates', async () => {
      const { row, lot } = await flaggedLoad();
      const accused: Who = ['permit_holder', `20${String(randomInt(1e9)).padStart(9, '0')}`];
      const step = (who: Who, name: string, body: object, status = 200) => journey.post(who, `/cases/${row.caseId}/${name}`, body, status);
      await step(INSTRUCTOR, 'charges', { accusedTaxId: accused[1], conducts: ['INF-2021-02', 'INF-2021-06'], facts: '5 m³ of cedro under a guide for tornillo' });
      await step(accused, 'defences', { statement: 'the timber is tornillo' });
      await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'cedro is not declared on the guide' });
      await step(INSTRUCTOR, 'final-report', {});
      // Species and m³ left to the case: the 5 m³ of cedro the checkpoint seized as undeclared.
      const fine = { detectionProbability: '0.50', damageGravity: 'medium', aggravating: [{ name: 'obstructed the inspection', percent: '20' }] };
      // Resolved on a fixed day of 2026, so the fine converts at that year's UIT whenever the test runs.
      const resolution = { outcome: 'sanction', reasoning: 'undeclared cedro', at: '2026-12-31T10:00:00-05:00', measures: ['confiscation'], lotsConfiscated: [lot.lotId] };
      expect((await step(DIRECTOR, 'resolution', { ...resolution, fine }, 400)).body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'fine.conduct' }] } });
      const otherSpecies = await step(DIRECTOR, 'resolution', { ...resolution, fine: { ...fine, conduct: 'INF-2021-06', species: TORNILLO } }, 400);
      expect(otherSpecies.body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'fine.volumeM3' }] } });
      expect((await step(DIRECTOR, 'resolution', { ...resolution, measures: ['disqualification'], disqualification: { from: '2027-01-01', until: '2027-12-31' } }, 400)).body).toMatchObject({ details: { field: 'measures' } });
      await step(DIRECTOR, 'resolution', { ...resolution, fine: { ...fine, conduct: 'INF-2021-06' } });

      const { body: file } = await journey.get(accused, `/cases/${row.caseId}`);
      const { input, timberValueSoles, illicitBenefitSoles, baseFineSoles, factors, amountSoles, amountUit, band, fineUit, fineSoles } = file.resolution.fine;
      expect({
        conduct: file.resolution.fine.conduct,
        species: file.resolution.fine.species,
        volumeM3: input.volumeM3,
        valuePerM3Soles: input.valuePerM3Soles,
        threat: [input.threatCategory, input.citesAppendix],
        uit: input.uit,
        band: input.band,
        timberValueSoles,
        illicitBenefitSoles,
        baseFineSoles,
        factors: factors.map((factor: Body) => [factor.criterion, factor.factor, factor.amountAfterSoles]),
        amountSoles,
        amountUit,
        banded: band,
        fineUit,
        fineSoles,
      }).toEqual({
        conduct: 'INF-2021-06',
        species: CEDRO,
        volumeM3: '5',
        valuePerM3Soles: '800',
        threat: ['VU', 'II'],
        uit: { year: 2026, soles: '5500' },
        band: { minUit: '3', maxUit: '10' },
        timberValueSoles: '4000.00',
        illicitBenefitSoles: '4000.00',
        baseFineSoles: '8000.00',
        factors: [
          ['damage_gravity', '1.25', '10000.00'],
          ['species', '1.30', '13000.00'],
          ['recidivism', '1.00', '13000.00'],
          ['aggravating', '1.20', '15600.00'],
        ],
        amountSoles: '15600.00',
        amountUit: '2.84',
        banded: 'raised_to_minimum',
        fineUit: '3.00',
        fineSoles: '16500.00',
      });
      expect(file.resolution).toMatchObject({ fineUit: '3.00', lotsConfiscated: [lot.lotId] });

      const { body: final } = await step(DIRECTOR, 'finality', { at: '2027-02-01T10:00:00-05:00' });
      expect(final.status).toBe('final');
      const { body: finalFile } = await journey.get(REGULATOR, `/cases/${row.caseId}`);
      expect(finalFile.history.at(-1)).toMatchObject({
        type: 'CaseBecameFinal',
        data: { accusedTaxId: accused[1], outcome: 'sanction', fineUit: '3.00', lots: finalFile.lots, lotsConfiscated: [lot.lotId], measures: ['confiscation'] },
      });
      await eventually(async () => {
        const { body } = await journey.get(accused, '/cases?status=final');
        expect(body.cases).toEqual([expect.objectContaining({ caseId: row.caseId, accusedTaxId: accused[1], outcome: 'sanction', fineUit: '3.00', finalOn: '2027-02-01' })]);
      });
    }, 120_000);

    it("raises the fine of a party whose earlier sanction became final within the year before the facts, found in sanctions' own cases", async () => {
      const accused: Who = ['permit_holder', `20${String(randomInt(1e9)).padStart(9, '0')}`];
      const days = (n: number) => hoursAgo(24 * n);
      const earlier = (await flaggedLoad(24 * 60)).row;
      const step = (caseId: string, who: Who, name: string, body: object) => journey.post(who, `/cases/${caseId}/${name}`, body, 200);
      await step(earlier.caseId, INSTRUCTOR, 'charges', { accusedTaxId: accused[1], conducts: ['INF-2021-02'], facts: 'cedro under a guide for tornillo', at: days(59) });
      await step(earlier.caseId, accused, 'defences', { statement: 'ours', at: days(58) });
      await step(earlier.caseId, INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'undeclared', at: days(57) });
      await step(earlier.caseId, INSTRUCTOR, 'final-report', { at: days(56) });
      await step(earlier.caseId, DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'undeclared', measures: ['confiscation'], lotsConfiscated: earlier.lots, at: days(55) });
      const { body: finalised } = await step(earlier.caseId, DIRECTOR, 'finality', { at: days(20) });
      expect(finalised.status).toBe('final');
      const { body: listed } = await eventually(async () => {
        const answer = await journey.get(accused, '/cases?status=final');
        expect(answer.body.cases).toHaveLength(1);
        return answer;
      });

      const { row } = await flaggedLoad();
      await step(row.caseId, INSTRUCTOR, 'charges', { accusedTaxId: accused[1], conducts: ['INF-2021-02'], facts: 'cedro again' });
      await step(row.caseId, accused, 'defences', { statement: 'ours' });
      await step(row.caseId, INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'undeclared' });
      await step(row.caseId, INSTRUCTOR, 'final-report', {});
      const fine = { species: CEDRO, volumeM3: '5', detectionProbability: '0.50', damageGravity: 'medium' };
      const { body: resolved } = await step(row.caseId, DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'undeclared again', fine, at: '2026-12-31T10:00:00-05:00' });

      const finalOn = listed.cases[0].finalOn as string;
      expect(resolved.resolution.fine.input.priorFinalSanction).toEqual({ reference: earlier.caseId, finalOn });
      expect(resolved.resolution.fine.factors.map((factor: Body) => [factor.criterion, factor.factor, factor.amountAfterSoles])).toEqual([
        ['damage_gravity', '1.25', '10000.00'],
        ['species', '1.30', '13000.00'],
        ['recidivism', '1.50', '19500.00'],
      ]);
      expect(resolved.resolution.fine).toMatchObject({ amountUit: '3.55', band: 'raised_to_minimum', fineUit: '10.00' });
    }, 120_000);
  });
}

describeCases('the embedded store');

describeWithServer(POSTGRES, 'infraction cases on postgres', (url) => describeCases('postgres', url));
