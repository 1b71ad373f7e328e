import { describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, fresh, hoursAgo, m3, processorAt, REGULATOR, SAWMILL_HOLDER, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-04'];

function describeProcessorCases(store: string, postgresUrl?: string): void {
  describe(`a processor answering the case over its own transformation, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    it('lists and reads the case of a transformation it declared over yield, answers the charges against its holder, and sees no other facility’s case', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 20, 10);
      await journey.deliver(await journey.guide(permit, facilityId, [lot], hoursAgo(6)));
      const sawmill = processorAt(facilityId);
      const sawing = {
        transformationId: fresh('TR'),
        inputs: [{ lotId: lot.lotId, volume: m3(20) }],
        outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(12) }],
        exception: { reason: 'Logs of exceptional grade' },
      };
      await journey.post(sawmill, `/processors/${facilityId}/transformations`, sawing, 201);

      const row = await eventually(async () => {
        const { body } = await journey.get(sawmill, '/cases');
        expect(body.cases).toHaveLength(1);
        return body.cases[0] as Body;
      });
      expect(row).toMatchObject({ authority: AUTHORITY, sources: ['transformation'], parties: expect.arrayContaining([SAWMILL_HOLDER, facilityId]) });
      expect((await journey.get(sawmill, `/cases/${row.caseId}`)).body.subject).toEqual({ holderTaxId: SAWMILL_HOLDER, facilityId });

      const otherSawmill = processorAt(await journey.sawmill());
      expect((await journey.get(otherSawmill, `/cases/${row.caseId}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(otherSawmill, '/cases')).body.cases).toEqual([]);

      await journey.post(INSTRUCTOR, `/cases/${row.caseId}/charges`, { accusedTaxId: SAWMILL_HOLDER, conducts: ['INF-2021-03'], facts: '12 m³ of sawn wood from 20 m³ of logs' }, 200);
      await eventually(async () => {
        const byClass = async (gravity: string) => ((await journey.get(REGULATOR, `/cases?class=${gravity}&limit=500`)).body.cases as Body[]).map((found) => found.caseId);
        expect(await byClass('muy_grave')).toContain(row.caseId);
        expect(await byClass('uncharged')).not.toContain(row.caseId);
      });
      expect((await journey.get(REGULATOR, '/cases?class=gravisimo', 400)).body.details.fields).toEqual([expect.objectContaining({ path: 'class' })]);
      expect((await journey.post(otherSawmill, `/cases/${row.caseId}/defences`, { statement: 'not ours' }, 403)).body.error).toBe('not_acting_for');
      const { body: answered } = await journey.post(sawmill, `/cases/${row.caseId}/defences`, { statement: 'the yield study is attached' }, 200);
      expect(answered.status).toBe('defence_submitted');
      expect((await journey.get(REGULATOR, `/cases/${row.caseId}`)).body.history.at(-1)).toMatchObject({ type: 'DefenceSubmitted', actor: { role: 'processor', organisation: facilityId } });
    }, 120_000);
  });
}

describeProcessorCases('the embedded store');

describeWithServer(POSTGRES, 'a processor answering its case on postgres', (url) => describeProcessorCases('postgres', url));
