import { describe, expect, it } from '@jest/globals';
import { loadCaseId } from '#shared-kernel';
import { MESSAGE_BUS, type MessageBus } from '#messaging';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, Journey } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, dateFromToday, fresh, freshPlate, guideBody, HOLDER, HOLDS, hoursAgo, permitBody, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';
import { suiteApp } from '../standalone/suite-app.js';

const SERFOR: Who = ['regulator', 'SERFOR'];
const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-05'];
const DIRECTOR: Who = ['regulator', AUTHORITY, 'director-arffs-ucayali'];
const APPEALS: Who = ['regulator', AUTHORITY, 'appeals-arffs-ucayali'];
const CONDUCT = 'INF-2021-02';

// Its own suite: the holder every journey ships for is barred here, which would refuse the other suites' guides.
function describeDisqualifyingSanction(store: string, postgresUrl?: string): void {
  describe(`a sanction that disqualifies, from the scan to the refused guide, on ${store}`, () => {
    const suite = suiteApp(postgresUrl);
    const journey = new Journey(suite.app, suite.dataDir);

    /** SERFOR amends the catalogue: undeclared timber may also disqualify, from two days ago. */
    async function disqualificationAllowed(): Promise<void> {
      const { body } = await journey.get(SERFOR, '/reference/infractions');
      const entries = (body.entries as Body[]).map((entry) => (entry.code === CONDUCT ? { ...entry, measures: [...entry.measures, 'disqualification'] } : entry));
      await journey.post(SERFOR, '/reference/infractions/versions', { version: body.version + 1, effectiveFrom: dateFromToday(-2), note: `${CONDUCT} may disqualify`, entries }, 201);
    }

    it('bars the holder from guides and permits once the sanction is final, names it in the register, and the refusal says why', async () => {
      await disqualificationAllowed();
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const nextLot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
      await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: TORNILLO, volumeM3: 5, pieces: 3 }, { species: CEDRO, volumeM3: 2, pieces: 2 }] });
      const caseId = loadCaseId(guide.number);
      const seized = await eventually(async () => {
        const { body } = await journey.get(REGULATOR, `/cases/${caseId}`);
        expect(body.lots).toHaveLength(2);
        return (body.lots as string[]).find((lotId) => lotId !== lot.lotId)!;
      });

      const step = (who: Who, name: string, body: object) => journey.post(who, `/cases/${caseId}/${name}`, body, 200);
      await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: [CONDUCT], facts: '2 m³ of cedro not on the guide' });
      await step(HOLDS, 'defences', { statement: 'bought from a neighbour' });
      await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'no document covers the cedro' });
      await step(INSTRUCTOR, 'final-report', {});
      // Peru days: from 19:00 in Peru the UTC date is already tomorrow's, and the guide's day is Peru's.
      const peruDay = (days: number) => new Date(Date.now() - 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
      const period = { from: peruDay(0), until: peruDay(365) };
      await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'a second load of undeclared cedro', measures: ['confiscation', 'disqualification'], lotsConfiscated: [seized], disqualification: period });
      // Not yet: the resolution can still be appealed.
      await journey.guide(permit, facilityId, [nextLot], hoursAgo(1));
      await step(HOLDS, 'reviews', { kind: 'appeal', grounds: 'first offence' });
      await step(APPEALS, 'review-decision', { upheld: true, reasoning: 'the cedro has no document' });

      const { body: register } = await eventually(async () => {
        const answer = await journey.get(REGULATOR, `/disqualifications?taxId=${HOLDER}`);
        expect(answer.body.disqualifications).toHaveLength(1);
        return answer;
      });
      expect(register.disqualifications[0]).toMatchObject({ taxId: HOLDER, caseId, authority: AUTHORITY, ...period });

      const another = await journey.extracted(permit, TORNILLO, 5, 3);
      // Every context has heard of it once the bus has delivered everything published so far.
      await suite.app().get<MessageBus>(MESSAGE_BUS).caughtUp();
      const barredGuide = guideBody({ number: fresh('GTF'), ...permit, facilityId, loads: [another], plate: freshPlate(), issuedAt: hoursAgo(1) });
      const { body: refused } = await journey.post(HOLDS, '/guides', barredGuide, 409);
      expect(refused).toMatchObject({ error: 'party_disqualified', details: { caseId, authority: AUTHORITY, taxId: HOLDER, until: period.until } });
      expect((await journey.post(REGULATOR, '/permits', permitBody(fresh('25-UCA/C-J')), 409)).body.error).toBe('party_disqualified');
      await eventually(async () => expect((await journey.lot(seized)).status).toBe('confiscated'));
    }, 180_000);
  });
}

describeDisqualifyingSanction('the embedded store');

describeWithServer(POSTGRES, 'a sanction that disqualifies on postgres', (url) => describeDisqualifyingSanction('postgres', url));
