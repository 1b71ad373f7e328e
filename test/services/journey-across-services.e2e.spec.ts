import { describe, expect, it } from '@jest/globals';
import { loadCaseId } from '#shared-kernel';
import { describeWithServer, eventually, KAFKA, POSTGRES } from '#testing';
import { EXPORTER, exporter, lineageNoted, sawnBoards, shippedToExporter } from '../certificates/certificate-journey.js';
import { Journey } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, HOLDER, HOLDS, hoursAgo, REGULATOR, SAWMILL_POSITION, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';
import { contextServices } from './context-services.js';

const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-02'];
const DIRECTOR: Who = ['regulator', AUTHORITY, 'director-arffs-ucayali'];
const APPEALS: Who = ['regulator', AUTHORITY, 'appeals-arffs-ucayali'];
const ACROSS = { timeoutMs: 60_000 };

// Harvest, custody, processing, sanctions and certificates each in a process of its own, linked by Kafka alone:
// every fact one of them needs from another crosses the broker.
describeWithServer(KAFKA, 'the journeys across services', (brokers) =>
  describeWithServer(POSTGRES, 'the journeys across services on postgres', (databaseUrl) =>
    describe('each context a service of its own, over Kafka', () => {
      const services = contextServices(databaseUrl, brokers);
      const journey = new Journey(() => services.url, services.dataDir);
      const instructed = async (caseId: string) => {
        const step = (who: Who, name: string, body: object) => journey.post(who, `/cases/${caseId}/${name}`, body, 200);
        await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: ['INF-2021-02'], facts: 'timber of no legal origin' });
        await step(HOLDS, 'defences', { statement: 'it was bought in good faith' });
        await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'no document covers it' });
        await step(INSTRUCTOR, 'final-report', {});
        return step;
      };

      it('a scan finding undeclared cedro opens a case in sanctions, whose final sanction confiscates the cedro in custody and releases the declared load to the sawmill', services.explained(async () => {
        const facilityId = await journey.sawmill();
        const permit = await journey.plannedPermit([[TORNILLO, 100]]);
        const lot = await journey.extracted(permit, TORNILLO, 5, 3);
        const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
        const scan = await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: TORNILLO, volumeM3: 5, pieces: 3 }, { species: CEDRO, volumeM3: 2, pieces: 2 }] });
        expect(scan.verdict).toBe('immobilise');

        const caseId = loadCaseId(guide.number);
        const file = await eventually(async () => {
          const { body } = await journey.get(REGULATOR, `/cases/${caseId}`);
          expect(body.lots).toHaveLength(2);
          return body;
        }, ACROSS);
        const seizedLotId = (file.lots as string[]).find((lotId) => lotId !== lot.lotId)!;
        await eventually(async () => expect((await journey.lot(seizedLotId)).status).toBe('immobilised'), ACROSS);

        const step = await instructed(caseId);
        await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'cedro without a guide', measures: ['confiscation'], lotsConfiscated: [seizedLotId] });
        await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'the cedro was bought in good faith' });
        expect((await step(APPEALS, 'review-decision', { upheld: true, reasoning: 'no document covers the cedro' })).body.status).toBe('final');

        const confiscated = await eventually(async () => {
          const view = await journey.lot(seizedLotId);
          expect(view.status).toBe('confiscated');
          return view;
        }, ACROSS);
        expect(confiscated.hold).toEqual({ kind: 'confiscated', caseRef: caseId, authority: AUTHORITY });
        await eventually(async () => expect((await journey.lot(lot.lotId)).hold).toEqual({ kind: 'none' }), ACROSS);
        // Processing takes the declared lot into the sawmill's inventory once custody tells it the guide was delivered.
        await journey.deliver(guide);
      }), 300_000);

      it("an inspector's case on a log suspends the exporter's certificate in another service, and its final sanction revokes it and confiscates the boards in custody", services.explained(async () => {
        const { facilityId, logs, boards } = await sawnBoards(journey);
        await shippedToExporter(journey, facilityId, boards);
        await lineageNoted(journey, boards, 2);
        // The exporter's own once certificates has noted the delivery to its yard.
        await eventually(() => journey.get(exporter(), `/lots/${boards}/lineage`), ACROSS);
        const { body: issued } = await journey.post(exporter(), '/certificates', { productLotId: boards }, 201);
        expect(issued).toMatchObject({ status: 'valid', productLotId: boards, exporterTaxId: EXPORTER });

        const inspection = {
          place: { name: 'Aserradero', position: SAWMILL_POSITION },
          subject: { holderTaxId: HOLDER },
          lots: [logs[0]!.lotId],
          findings: [{ rule: 'ORIGIN_UNPROVEN', message: 'The plot the log was declared from was never logged', at: hoursAgo(1) }],
        };
        const { body: opened } = await journey.post(REGULATOR, '/cases', inspection, 201);
        await eventually(async () => expect((await journey.getPublic(`/certificates/${issued.certificateId}/verification`)).body).toMatchObject({ status: 'suspended', reason: expect.stringContaining(opened.caseId) }), ACROSS);

        const step = await instructed(opened.caseId as string);
        await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'timber of no legal origin', measures: ['confiscation'], lotsConfiscated: [logs[0]!.lotId] });
        await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'the plot was logged' });
        await step(APPEALS, 'review-decision', { upheld: true, reasoning: 'the supervision found no stumps' });

        await eventually(async () => expect((await journey.getPublic(`/certificates/${issued.certificateId}/verification`)).body).toMatchObject({ signature: 'valid', status: 'revoked', reason: expect.stringContaining(opened.caseId) }), ACROSS);
        // The log went whole into the boards: custody confiscates the timber where it is now.
        await eventually(async () => expect((await journey.lot(boards)).hold).toEqual({ kind: 'confiscated', caseRef: opened.caseId, authority: AUTHORITY }), ACROSS);
        const { body: refusal } = await journey.post(exporter(), '/certificates', { productLotId: boards }, 409);
        expect(refusal.error).toBe('certificate_refused');
        expect(refusal.details.findings).toEqual(expect.arrayContaining([expect.objectContaining({ lotId: logs[0]!.lotId, check: 'case', code: 'case_sanctioned', severity: 'final' })]));
      }), 300_000);
    }),
  ),
);
