import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, HOLDER, HOLDS, hoursAgo, REGULATOR, SAWMILL_POSITION, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';
import { epcisValidator, errorsOf } from './epcis-schema.js';
import { EXPORTER, exporter, lineageNoted, sawnBoards, shippedToExporter } from './certificate-journey.js';

const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-02'];
const DIRECTOR: Who = ['regulator', AUTHORITY, 'director-arffs-ucayali'];
const APPEALS: Who = ['regulator', AUTHORITY, 'appeals-arffs-ucayali'];

function describeCertificates(store: string, postgresUrl?: string): void {
  describe(`origin certificates, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    it('certifies sawn boards from a legal chain, which anyone verifies; a final case on one of its logs revokes it, and verification says so', async () => {
      const { facilityId, logs, boards, permitId } = await sawnBoards(journey);
      await shippedToExporter(journey, facilityId, boards);
      const lineage = await lineageNoted(journey, boards, 2);
      expect(lineage.ancestors).toEqual(expect.arrayContaining(logs.map(({ lotId, volumeM3 }) => expect.objectContaining({ lotId, depth: 1, share: 1, flowedM3: volumeM3 }))));
      const { body: downward } = await journey.get(REGULATOR, `/lots/${logs[0]!.lotId}/lineage`);
      expect(downward.descendants).toEqual([expect.objectContaining({ lotId: boards, productType: 'sawn_wood', depth: 1 })]);
      await eventually(() => journey.get(exporter(), `/lots/${boards}/lineage`));

      const { body: issued } = await journey.post(exporter(), '/certificates', { productLotId: boards }, 201, 'cert-boards-1');
      expect(issued).toMatchObject({ status: 'valid', productLotId: boards, exporterTaxId: EXPORTER });
      expect(issued.certificate).toMatchObject({
        issuer: 'SERFOR',
        productLot: { lotId: boards, productType: 'sawn_wood', species: { scientificName: TORNILLO, commonNames: expect.arrayContaining(['tornillo']) }, quantity: { value: 8, unit: 'm3' } },
        origins: [{ permitId, planId: 'POA-01', holderTaxId: HOLDER, species: [TORNILLO], volumeM3: 25 }],
        plots: 2,
        chainOfCustody: { ancestorLots: 2, extractedLots: 2, levels: 1, transformations: 1 },
      });
      expect(issued.certificate.harvest.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The answer counts the plots; the JWS states each one.
      const signed = JSON.parse(Buffer.from(issued.jws.split('.')[1], 'base64url').toString('utf8'));
      expect(signed.plots.features).toHaveLength(2);
      expect(signed).toMatchObject({ ...issued.certificate, plots: expect.any(Object), chainOfCustody: expect.objectContaining({ ancestorLots: 2, extractedLots: 2, levels: 1 }) });
      // The same request again is the same certificate, signed as it was the first time.
      expect((await journey.post(exporter(), '/certificates', { productLotId: boards }, 201, 'cert-boards-1')).body).toMatchObject({ certificateId: issued.certificateId, jws: issued.jws, certificate: issued.certificate });

      const verified = (await journey.getPublic(`/certificates/${issued.certificateId}/verification`)).body;
      expect(verified).toMatchObject({ signature: 'valid', status: 'valid', certificateId: issued.certificateId, digest: createHash('sha256').update(issued.jws).digest('hex') });
      expect(verified.certificate).toEqual(issued.certificate);
      expect(Object.keys(verified).sort()).toEqual(['certificate', 'certificateId', 'digest', 'keyId', 'signature', 'since', 'status']);
      expect((await journey.postPublic('/certificates/verification', { jws: issued.jws }, 200)).body).toMatchObject({ signature: 'valid', status: 'valid' });
      const { body: keys } = await journey.getPublic('/certificates/jwks.json');
      expect(keys.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: issued.keyId, alg: 'EdDSA' })]);
      expect(keys.keys[0].d).toBeUndefined();

      const { body: epcis } = await journey.get(exporter(), `/lots/${boards}/epcis`);
      expect(epcis).toMatchObject({ type: 'EPCISDocument', schemaVersion: '2.0' });
      const eventTypes = (epcis.epcisBody.eventList as Body[]).map((event) => event.type);
      expect(eventTypes).toEqual(expect.arrayContaining(['ObjectEvent', 'AggregationEvent', 'TransformationEvent']));
      expect(errorsOf(await epcisValidator(), epcis)).toEqual([]);
      const { body: eudr } = await journey.get(exporter(), `/certificates/${issued.certificateId}/eudr`);
      expect(eudr).toMatchObject({ reference: issued.certificateId, hsHeading: '4407', countryOfHarvest: 'PE', quantity: { netVolume: 8, unit: 'm3' }, producers: [expect.objectContaining({ taxId: HOLDER, country: 'PE' })] });
      expect(eudr.geolocation.features).toHaveLength(2);
      const { body: lacey } = await journey.get(exporter(), `/certificates/${issued.certificateId}/lacey?value=12500.00&currency=USD`);
      expect(lacey).toMatchObject({ genus: 'Cedrelinga', species: 'cateniformis', countryOfHarvest: 'PE', value: { amount: '12500.00', currency: 'USD' } });
      expect((await journey.get(exporter(), `/certificates/${issued.certificateId}/lacey?value=12500.00`, 400)).body.error).toBe('validation_failed');

      const pdf = await journey.get(exporter(), `/certificates/${issued.certificateId}/pdf`);
      expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
      expect((await journey.get(exporter('20999999991'), `/certificates/${issued.certificateId}`, 403)).body.error).toBe('not_acting_for');
      await eventually(async () => expect((await journey.get(exporter(), '/certificates')).body.certificates).toEqual([expect.objectContaining({ certificateId: issued.certificateId, status: 'valid' })]));

      // An inspector's case against the first log: the certificate stands in doubt while it is open...
      const inspection = {
        place: { name: 'Aserradero', position: SAWMILL_POSITION },
        subject: { holderTaxId: HOLDER },
        lots: [logs[0]!.lotId],
        findings: [{ rule: 'ORIGIN_UNPROVEN', message: 'The plot the log was declared from was never logged', at: hoursAgo(1) }],
      };
      const { body: opened } = await journey.post(REGULATOR, '/cases', inspection, 201);
      await eventually(async () => expect((await journey.getPublic(`/certificates/${issued.certificateId}/verification`)).body).toMatchObject({ signature: 'valid', status: 'suspended', reason: expect.stringContaining(opened.caseId) }));

      // ...and is revoked once the sanction is final.
      const step = (who: Who, name: string, body: object) => journey.post(who, `/cases/${opened.caseId}/${name}`, body, 200);
      await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: ['INF-2021-02'], facts: 'a log of no legal origin' });
      await step(HOLDS, 'defences', { statement: 'the plot was logged' });
      await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'no stumps' });
      await step(INSTRUCTOR, 'final-report', {});
      await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'timber of no legal origin', measures: ['confiscation'], lotsConfiscated: [logs[0]!.lotId] });
      await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'the plot was logged' });
      await step(APPEALS, 'review-decision', { upheld: true, reasoning: 'the supervision found no stumps' });

      const revoked = await eventually(async () => {
        const { body } = await journey.getPublic(`/certificates/${issued.certificateId}/verification`);
        expect(body).toMatchObject({ signature: 'valid', status: 'revoked' });
        return body;
      }, { timeoutMs: 30_000 });
      expect(revoked.reason).toContain(opened.caseId);
      expect(Date.parse(revoked.since)).toBeGreaterThan(Date.parse(issued.since));
      await eventually(async () => expect((await journey.get(exporter(), '/certificates')).body.certificates).toEqual([expect.objectContaining({ certificateId: issued.certificateId, status: 'revoked' })]));
      // A new request now is refused, naming the log and why.
      const { body: refusal } = await journey.post(exporter(), '/certificates', { productLotId: boards }, 409);
      expect(refusal.error).toBe('certificate_refused');
      expect(refusal.details.findings).toEqual(expect.arrayContaining([expect.objectContaining({ lotId: logs[0]!.lotId, check: 'case', code: 'case_sanctioned', severity: 'final' })]));
      expect((refusal.details.findings as Body[]).every((finding) => finding.lotId !== logs[1]!.lotId)).toBe(true);
    }, 240_000);

    it("refuses an exporter another exporter's lot, and answers 400 and 404 with what was wrong", async () => {
      const { facilityId, boards } = await sawnBoards(journey);
      await shippedToExporter(journey, facilityId, boards);
      await lineageNoted(journey, boards, 2);
      await eventually(() => journey.get(exporter(), `/lots/${boards}/lineage`));
      expect((await journey.post(exporter('20999999991'), '/certificates', { productLotId: boards }, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(exporter('20999999991'), `/lots/${boards}/lineage`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.post(HOLDS, '/certificates', { productLotId: boards }, 403)).body.error).toBeDefined();
      expect((await journey.post(exporter(), '/certificates', { productLotId: boards, extra: 1 }, 400)).body.error).toBe('validation_failed');
      expect((await journey.post(exporter(), '/certificates', { productLotId: 'LOT-NEVER-SEEN' }, 404)).body.error).toBe('lot_not_found');
      expect((await journey.getPublic('/certificates/CERT-NONE/verification', 404)).body.error).toBe('certificate_not_found');
      expect((await journey.postPublic('/certificates/verification', { jws: 'not-a-jws' }, 400)).body.error).toBe('validation_failed');
    }, 180_000);
  });
}

describeCertificates('the embedded store');
describeWithServer(POSTGRES, 'origin certificates', (url) => describeCertificates('Postgres', url));
