import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, fresh, HOLDER, HOLDS, hoursAgo, type Who } from '../journeys/road-to-pucallpa.js';

const INSPECTOR: Who = ['regulator', AUTHORITY, 'inspector-arffs-ucayali-03'];
const COLLEAGUE: Who = ['regulator', AUTHORITY, 'inspector-arffs-ucayali-04'];
const OSINFOR: Who = ['regulator', 'OSINFOR'];
const ANOTHER_HOLDER: Who = ['permit_holder', '20100000001'];
const PHOTO = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const YARD: [number, number] = [-74.553, -8.379];

/** A joint control at a sawmill's yard: the inspector, police and a prosecutor, with photos, a scale ticket and a witness. */
function inspection(plate: string) {
  const at = hoursAgo(2);
  return {
    place: { name: 'Patio de trozas, km 12 Carretera Federico Basadre', position: YARD },
    subject: { holderTaxId: HOLDER, plate },
    lots: [],
    findings: [{ rule: 'SPECIES_MATCH', message: 'Cedro stacked as tornillo', observed: '38 logs of Cedrela odorata, about 12 m³', at }],
    participants: [
      { name: 'Ejemplo Policía Uno', institution: 'PNP', role: 'escort' },
      { name: 'Ejemplo Fiscal Uno', institution: 'FEMA', role: 'environmental prosecutor' },
    ],
    evidence: {
      photos: [PHOTO],
      scaleTickets: [{ number: 'BAL-000123', weightKg: 24800 }],
      positions: [{ position: YARD, at }],
      witnesses: [{ name: 'Ejemplo Testigo Uno', documentId: '00000000', role: 'the yard’s foreman' }],
    },
  };
}

function describeInspections(store: string, postgresUrl?: string): void {
  describe(`infraction cases an inspector opens by hand, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    it("opens a case before the inspector's authority, once per Idempotency-Key, with the officers present and the evidence in its file", async () => {
      const plate = fresh('P');
      const body = inspection(plate);
      const key = fresh('acta');
      const { body: opened } = await journey.post(INSPECTOR, '/cases', body, 201, key);
      expect(opened).toMatchObject({ authority: AUTHORITY, status: 'detected', subject: { holderTaxId: HOLDER, plate }, findings: [body.findings[0]] });
      expect(opened.caseId).toMatch(/^CASE-/);
      expect((await journey.post(INSPECTOR, '/cases', body, 201, key)).body).toEqual(opened);
      expect((await journey.post(INSPECTOR, '/cases', { ...body, lots: ['LOT-X'] }, 409, key)).body.error).toBe('idempotency_key_reused');
      expect((await journey.post(INSPECTOR, '/cases', body, 201, fresh('acta'))).body.caseId).not.toBe(opened.caseId);

      const { body: file } = await journey.get(HOLDS, `/cases/${opened.caseId}`);
      expect(file.sources).toEqual([{ kind: 'inspection', inspector: 'inspector-arffs-ucayali-03', place: body.place, participants: body.participants, evidence: body.evidence }]);
      expect(file.history).toEqual([expect.objectContaining({ type: 'CaseOpened', actor: expect.objectContaining({ id: 'inspector-arffs-ucayali-03' }) })]);
      expect(file.suggestedConducts).toContainEqual(expect.objectContaining({ code: 'INF-2021-02', rules: ['SPECIES_MATCH'] }));
      expect((await journey.get(OSINFOR, `/cases/${opened.caseId}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(ANOTHER_HOLDER, `/cases/${opened.caseId}`, 403)).body.error).toBe('not_acting_for');

      // The queue is a read model, milliseconds behind the case's stream.
      await eventually(async () => {
        const { body: queue } = await journey.get(INSPECTOR, '/cases?status=detected&limit=500');
        expect((queue.cases as Body[]).find((row) => row.caseId === opened.caseId)).toMatchObject({ sources: ['inspection'], parties: [HOLDER], rules: ['SPECIES_MATCH'] });
      });
    }, 120_000);

    it('adds a later joint control to the case, with customs present, for the authority only', async () => {
      const { body: opened } = await journey.post(INSPECTOR, '/cases', inspection(fresh('P')), 201);
      const later = {
        place: { position: YARD },
        findings: [{ rule: 'Sawn wood with no intake in the operations book', message: 'Boards without their intake recorded', at: hoursAgo(1) }],
        participants: [{ name: 'Ejemplo Aduanero Uno', institution: 'SUNAT', role: 'customs officer' }],
      };
      const path = `/cases/${opened.caseId}/findings`;
      expect((await journey.post(OSINFOR, path, later, 403)).body.error).toBe('not_acting_for');
      expect((await journey.post(COLLEAGUE, '/cases/CASE-none/findings', later, 404)).body.error).toBe('case_not_found');

      const key = fresh('acta');
      const { body: added } = await journey.post(COLLEAGUE, path, later, 201, key);
      expect(added.findings).toHaveLength(2);
      expect(added.sources[1]).toEqual({ kind: 'inspection', inspector: 'inspector-arffs-ucayali-04', place: { position: YARD }, participants: later.participants, evidence: { photos: [], scaleTickets: [], positions: [], witnesses: [] } });
      expect((await journey.post(COLLEAGUE, path, later, 201, key)).body).toEqual(added);
      const { body: file } = await journey.get(INSPECTOR, `/cases/${opened.caseId}`);
      expect(file.history.map((entry: Body) => entry.type)).toEqual(['CaseOpened', 'FindingsAdded']);
    }, 120_000);

    it('refuses other roles, a place with neither name nor position, facts yet to happen and malformed evidence, with their field paths', async () => {
      const body = inspection(fresh('P'));
      expect((await journey.post(HOLDS, '/cases', body, 403)).body.error).toBe('role_not_allowed');
      const paths = async (changes: object) => ((await journey.post(INSPECTOR, '/cases', { ...body, ...changes }, 400)).body.details.fields as Body[]).map((field) => field.path);

      expect(await paths({ place: {}, subject: {} })).toEqual(expect.arrayContaining(['place', 'subject']));
      expect(await paths({ findings: [body.findings[0], { ...body.findings[0], at: new Date(Date.now() + 3_600_000).toISOString() }] })).toEqual(['findings.1.at']);
      expect(
        await paths({
          place: { position: [200, 0] },
          participants: [{ name: 'x', institution: 'police', role: 'escort' }],
          evidence: { photos: ['not-a-hash'], scaleTickets: [{ number: 'B-1', weightKg: -1 }], witnesses: [{ name: 'x', role: 'y' }], video: 'x' },
          findings: [],
        }),
      ).toEqual(expect.arrayContaining(['place.position', 'participants.0.institution', 'evidence.photos', 'evidence.scaleTickets.0.weightKg', 'evidence.witnesses.0.documentId', 'evidence.video', 'findings']));
      expect(await paths({ subject: { holderTaxId: '123' } })).toEqual(['subject.holderTaxId']);
    }, 60_000);
  });
}

describeInspections('the embedded store');

describeWithServer(POSTGRES, 'inspection cases on postgres', (url) => describeInspections('postgres', url));
