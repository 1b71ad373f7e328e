import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { READ_MODEL_REGISTRY, type ReadModel, type ReadModelRegistry } from '#projections';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { DeadlineCheck } from '../../libs/sanctions/src/deadline-check/deadline-check.js';
import { type Body, Journey } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, HOLDER, HOLDS, hoursAgo, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';
import { postgresTestEnv } from '../standalone/postgres-test-env.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';

const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-01'];
const DIRECTOR: Who = ['regulator', AUTHORITY, 'director-arffs-ucayali'];
const CHECKER = { id: 'sanctions.deadline-check', role: 'system' };
// The longest interval: the check then runs only when a test runs it, or in the app started to run it by itself.
const RUN_BY_HAND = { CASE_DEADLINE_CHECK_MS: '2147483647' };
const RUN_EVERY_SECOND = { CASE_DEADLINE_CHECK_MS: '1000' };

const days = (n: number) => hoursAgo(24 * n);

function describeDeadlineCheck(store: string, postgresUrl?: string): void {
  describe(`the deadline check of infraction cases, on ${store}`, () => {
    const database = postgresUrl === undefined ? undefined : postgresTestEnv(postgresUrl);
    let app: INestApplication | undefined;
    let dataDir: Awaited<ReturnType<typeof tempDataDir>> | undefined;
    const journey = new Journey(() => app!, () => dataDir!.path);
    const start = (env: NodeJS.ProcessEnv) => standaloneTestApp(dataDir!.path, { env: { ...database?.env, ...env } });

    beforeAll(async () => {
      dataDir = await tempDataDir();
      app = await start(RUN_BY_HAND);
    }, 90_000);

    afterAll(async () => {
      await app?.close();
      await database?.remove();
      await dataDir?.remove();
    });

    /** A load of tornillo found to be cedro, its case sanctioned `resolvedDaysAgo` days ago (now: undefined), as the queue lists it. */
    async function sanctionedCase(resolvedDaysAgo?: number): Promise<string> {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      // A trip two months ago, on a guide valid long enough to be recorded today: an expired guide is not issued.
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(24 * 60), undefined, 24 * 61);
      await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
      const row = await eventually(async () => {
        const { body } = await journey.get(REGULATOR, '/cases?status=detected&limit=500');
        const found = (body.cases as Body[]).find((candidate) => candidate.guideNumber === guide.number);
        expect(found).toBeDefined();
        return found as Body;
      });
      const caseId = row.caseId as string;
      const when = (n: number) => (resolvedDaysAgo === undefined ? {} : { at: days(resolvedDaysAgo + n) });
      const step = (who: Who, name: string, body: object) => journey.post(who, `/cases/${caseId}/${name}`, body, 200);
      await step(INSTRUCTOR, 'charges', { accusedTaxId: HOLDER, conducts: ['INF-2021-02'], facts: 'cedro under a guide for tornillo', ...when(4) });
      await step(HOLDS, 'defences', { statement: 'ours', ...when(3) });
      await step(INSTRUCTOR, 'instruction-report', { recommendation: 'sanction', reasoning: 'undeclared', ...when(2) });
      await step(INSTRUCTOR, 'final-report', { ...when(1) });
      await step(DIRECTOR, 'resolution', { outcome: 'sanction', reasoning: 'undeclared', measures: ['confiscation'], lotsConfiscated: row.lots, ...when(0) });
      await eventually(async () => expect((await journey.get(REGULATOR, '/cases?status=resolved&limit=500')).body.cases.map((c: Body) => c.caseId)).toContain(caseId));
      return caseId;
    }

    async function history(caseId: string): Promise<Body[]> {
      return (await journey.get(REGULATOR, `/cases/${caseId}`)).body.history as Body[];
    }

    it('declares final a sanction whose time to ask for a review ran out unused, once however often and wherever it runs', async () => {
      const lapsed = await sanctionedCase(40);
      const running = await sanctionedCase();
      const check = app!.get(DeadlineCheck);

      // Two runs at once, as two instances would: one of them moves the case.
      const [first, second] = await Promise.all([check.runOnce(), check.runOnce()]);
      expect([...first, ...second].filter((caseId) => caseId === lapsed)).toEqual([lapsed]);
      expect([...first, ...second]).not.toContain(running);
      expect(await check.runOnce()).not.toContain(lapsed);

      const { body: file } = await journey.get(HOLDS, `/cases/${lapsed}`);
      expect(file.status).toBe('final');
      const finals = file.history.filter((entry: Body) => entry.type === 'CaseBecameFinal');
      expect(finals).toEqual([expect.objectContaining({ actor: expect.objectContaining(CHECKER), data: expect.objectContaining({ outcome: 'sanction', accusedTaxId: HOLDER }) })]);
      expect((await journey.get(HOLDS, `/cases/${running}`)).body.status).toBe('resolved');
      await eventually(async () => expect((await journey.get(HOLDS, '/cases?status=final&limit=500')).body.cases.map((c: Body) => c.caseId)).toContain(lapsed));
      // Once the queue shows it final, the check no longer finds it; the case still has one final resolution.
      expect(await check.runOnce()).toEqual(expect.not.arrayContaining([lapsed, running]));
      expect((await history(lapsed)).filter((entry) => entry.type === 'CaseBecameFinal')).toHaveLength(1);
    }, 180_000);

    it('takes a case moved meanwhile for a refusal to log, and moves the others of the same run', async () => {
      const [moved, other] = [await sanctionedCase(40), await sanctionedCase(40)];
      // The queue lags: it still lists as resolved the case the director declares final now.
      const queue = app!.get<ReadModelRegistry>(READ_MODEL_REGISTRY).get('sanctions_cases') as ReadModel;
      await queue.beforeApplicationShutdown();
      try {
        await journey.post(DIRECTOR, `/cases/${moved}/finality`, {}, 200);
        const movedNow = await app!.get(DeadlineCheck).runOnce();
        expect(movedNow).toContain(other);
        expect(movedNow).not.toContain(moved);
      } finally {
        await queue.onModuleInit();
      }
      expect((await history(moved)).filter((entry) => entry.type === 'CaseBecameFinal')).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: 'director-arffs-ucayali' }) })]);
      expect((await history(other)).filter((entry) => entry.type === 'CaseBecameFinal')).toEqual([expect.objectContaining({ actor: expect.objectContaining(CHECKER) })]);
    }, 180_000);

    it('finds after a restart what became due before it, and moves it at its own interval', async () => {
      const lapsed = await sanctionedCase(40);
      await app!.close();
      app = undefined;
      // A new process over the same store: nothing of the case is in its memory, the schedule is the database's.
      app = await start(RUN_EVERY_SECOND);
      await eventually(async () => expect((await journey.get(HOLDS, `/cases/${lapsed}`)).body.status).toBe('final'), { timeoutMs: 60_000 });
      expect(await app.get(DeadlineCheck).runOnce()).not.toContain(lapsed);
      const finals = (await history(lapsed)).filter((entry) => entry.type === 'CaseBecameFinal');
      expect(finals).toEqual([expect.objectContaining({ actor: expect.objectContaining(CHECKER) })]);
    }, 180_000);
  });
}

describeDeadlineCheck('the embedded store');

describeWithServer(POSTGRES, 'the deadline check of infraction cases on postgres', (url) => describeDeadlineCheck('postgres', url));
