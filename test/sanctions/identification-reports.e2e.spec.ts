import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, HOLDS, hoursAgo, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

const INSPECTOR: Who = ['regulator', AUTHORITY, 'inspector-arffs-ucayali-02'];
const OSINFOR: Who = ['regulator', 'OSINFOR'];
// The shipped register's fictitious examples: one certificate valid until 2030, one expired at the end of 2024.
const VALID_CERTIFICATE = 'EJEMPLO-IDM-0001';
const EXPIRED_CERTIFICATE = 'EJEMPLO-IDM-0003';

function describeReports(store: string, postgresUrl?: string): void {
  describe(`species identification reports on infraction cases, on ${store}`, () => {
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
      return { lot, row };
    }

    it('serves the register of certified identifiers like every catalogue', async () => {
      const { body } = await journey.get(HOLDS, '/reference/certified-identifiers');
      expect(body).toMatchObject({ catalogue: 'certified-identifiers', version: 1 });
      expect(body.entries).toContainEqual(expect.objectContaining({ certificateNumber: VALID_CERTIFICATE, status: 'confirm' }));
    }, 60_000);

    it("records reports on a disputed species, valid or not, and the case file shows the dispute settled by the certified one", async () => {
      const { lot, row } = await flaggedLoad();
      const path = `/cases/${row.caseId}/identification-reports`;
      const { body: before } = await journey.get(REGULATOR, `/cases/${row.caseId}`);
      expect(before).toMatchObject({ identificationReports: [], speciesDispute: { scans: [{ declared: [TORNILLO], observed: [CEDRO] }], identifications: [], settled: false } });

      const identifiedAt = hoursAgo(1);
      const certified = { lot: lot.lotId, piece: 'T-01', species: 'cedrelinga  CATENIFORMIS', certificateNumber: ` ${VALID_CERTIFICATE.toLowerCase()}`, identifiedAt, document: `sha256:${'a'.repeat(64)}` };
      const { body: recorded } = await journey.post(INSPECTOR, path, certified, 201, 'identification-1');
      expect(recorded).toMatchObject({
        caseId: row.caseId,
        lot: lot.lotId,
        piece: 'T-01',
        species: TORNILLO,
        identifier: { certificateNumber: VALID_CERTIFICATE, name: 'Ejemplo Identificadora Uno', validFrom: '2025-01-01', validUntil: '2030-12-31' },
        certificateValid: true,
        identifiedAt,
        reportedBy: 'inspector-arffs-ucayali-02',
      });
      expect((await journey.post(INSPECTOR, path, certified, 201, 'identification-1')).body).toEqual(recorded);
      expect((await journey.post(INSPECTOR, path, { ...certified, piece: 'T-02' }, 409, 'identification-1')).body.error).toBe('idempotency_key_reused');

      const expired = await journey.post(INSPECTOR, path, { piece: 'T-02', species: CEDRO, certificateNumber: EXPIRED_CERTIFICATE, identifiedAt }, 201);
      expect(expired.body).toMatchObject({ identifier: { certificateNumber: EXPIRED_CERTIFICATE, validUntil: '2024-12-31' }, certificateValid: false });
      const unregistered = await journey.post(INSPECTOR, path, { piece: 'T-03', species: CEDRO, certificateNumber: 'CERT-NO-REGISTRADO', identifiedAt }, 201);
      expect(unregistered.body).toMatchObject({ certificateNumber: 'CERT-NO-REGISTRADO', certificateValid: false });
      expect(unregistered.body.identifier).toBeUndefined();

      const { body: file } = await journey.get(HOLDS, `/cases/${row.caseId}`);
      expect(file.identificationReports.map((report: Body) => [report.piece, report.certificateValid])).toEqual([['T-01', true], ['T-02', false], ['T-03', false]]);
      expect(file.speciesDispute).toMatchObject({
        scans: [{ declared: [TORNILLO], observed: [CEDRO] }],
        identifications: [
          { piece: 'T-01', species: TORNILLO, bearsOut: 'declared', certificateValid: true, identifier: { name: 'Ejemplo Identificadora Uno' } },
          { piece: 'T-02', species: CEDRO, bearsOut: 'observed', certificateValid: false },
          { piece: 'T-03', species: CEDRO, bearsOut: 'observed', certificateValid: false },
        ],
        settled: true,
      });
      expect(file.history.filter((entry: Body) => entry.type === 'IdentificationReported').map((entry: Body) => entry.actor.id)).toEqual(Array(3).fill('inspector-arffs-ucayali-02'));
      expect(file.status).toBe('detected');
    }, 120_000);

    it("refuses other authorities and roles, unknown cases, species and lots, unknown fields and identifications not yet made", async () => {
      const { row } = await flaggedLoad();
      const path = `/cases/${row.caseId}/identification-reports`;
      const report = { piece: 'T-01', species: TORNILLO, certificateNumber: VALID_CERTIFICATE, identifiedAt: hoursAgo(1) };

      expect((await journey.post(OSINFOR, path, report, 403)).body.error).toBe('not_acting_for');
      expect((await journey.post(HOLDS, path, report, 403)).body.error).toBe('role_not_allowed');
      expect((await journey.post(INSPECTOR, '/cases/CASE-NO-SUCH-CASE/identification-reports', report, 404)).body.error).toBe('case_not_found');
      const species = await journey.post(INSPECTOR, path, { ...report, species: 'Inventada imaginaria' }, 400);
      expect(species.body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'species' }] } });
      expect((await journey.post(INSPECTOR, path, { ...report, species: 'Virola' }, 201)).body).toMatchObject({ species: 'Virola', certificateValid: true });
      expect((await journey.post(INSPECTOR, path, { ...report, lot: 'LOT-NOT-OF-THE-CASE' }, 400)).body).toMatchObject({ error: 'invalid_case_step', details: { field: 'lot' } });
      const future = new Date(Date.now() + 3_600_000).toISOString();
      expect((await journey.post(INSPECTOR, path, { ...report, identifiedAt: future }, 400)).body).toMatchObject({ error: 'invalid_case_step', details: { field: 'identifiedAt' } });
      const malformed = await journey.post(INSPECTOR, path, { ...report, identifiedAt: '2026-05-10', identifier: 'someone' }, 400);
      expect(malformed.body.details.fields.map((field: Body) => field.path)).toEqual(expect.arrayContaining(['identifiedAt', 'identifier']));
      expect((await journey.get(REGULATOR, `/cases/${row.caseId}`)).body.identificationReports).toHaveLength(1);
    }, 120_000);
  });
}

describeReports('the embedded store');

describeWithServer(POSTGRES, 'identification reports on postgres', (url) => describeReports('postgres', url));
