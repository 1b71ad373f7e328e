import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, HOLDER, HOLDS, hoursAgo, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

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
    async function flaggedLoad() {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
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
      expect(row).toMatchObject({ authority: AUTHORITY, status: 'detected', sources: ['scan'], parties: [HOLDER], lots: [lot.lotId] });
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

    it('takes the case through the procedure, each step by whom the law allows, to an appeal that overturns the sanction', async () => {
      const { row } = await flaggedLoad();
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
      expect((await step(INSTRUCTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fineUit: '12.50' }, 403)).body.error).toBe('separation_of_duties');
      expect((await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'x', fineUit: '9.99' }, 400)).body).toMatchObject({ error: 'invalid_case_step', details: { field: 'fineUit' } });
      const { body: resolved } = await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'undeclared cedro', fineUit: '12.50', measures: ['confiscation'] });
      expect(resolved).toMatchObject({ status: 'resolved', resolution: { outcome: 'sanction', fineUit: '12.50', measures: ['confiscation'], decidedBy: 'director-arffs-ucayali' } });

      await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'an identification report shows tornillo' });
      expect((await step(DIRECTOR, 'review-decision', { upheld: true, reasoning: 'x' }, 403)).body.error).toBe('separation_of_duties');
      const { body: final } = await step(APPEALS, 'review-decision', { upheld: false, reasoning: 'the species was misidentified' });
      expect(final).toMatchObject({ status: 'final', resolution: { outcome: 'dismissal', measures: [] } });

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
  });
}

describeCases('the embedded store');

describeWithServer(POSTGRES, 'infraction cases on postgres', (url) => describeCases('postgres', url));
