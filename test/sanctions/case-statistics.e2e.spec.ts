import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, DRIVER, HOLDER, HOLDS, hoursAgo, minutesAfter, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

const INSTRUCTOR: Who = ['regulator', AUTHORITY, 'instructor-arffs-ucayali-01'];
const OSINFOR: Who = ['regulator', 'OSINFOR'];
const SERFOR: Who = ['regulator', 'SERFOR'];
const CHECKPOINT = 'UC-CFB-K160';

/** The Peru month (UTC−5) of an instant. */
const peruMonth = (instant: string) => new Date(Date.parse(instant) - 5 * 3_600_000).toISOString().slice(0, 7);
const previousMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
const plus = (m3: string, more: number) => new Decimal(m3).plus(more).toFixed();
const count = (entries: readonly Body[], field: string, value: string) => entries.find((entry) => entry[field] === value)?.cases ?? 0;

function describeCaseStatistics(store: string, postgresUrl?: string): void {
  describe(`case statistics and open data, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    /** A load of tornillo on its guide, found to be cedro at the first checkpoint: immobilised, and its case. */
    async function flaggedLoad() {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const lot = await journey.extracted(permit, TORNILLO, 5, 3);
      const guide = await journey.guide(permit, facilityId, [lot], hoursAgo(3));
      const scan = await journey.scan(guide, CHECKPOINT, { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] });
      expect(scan.verdict).toBe('immobilise');
      const row = await eventually(async () => {
        const { body } = await journey.get(REGULATOR, '/cases?status=detected&limit=500');
        const found = (body.cases as Body[]).find((candidate) => candidate.guideNumber === guide.number);
        expect(found).toBeDefined();
        return found as Body;
      });
      return { guide, lot, row, month: peruMonth(minutesAfter(guide.issuedAt, 30)) };
    }

    const statistics = async (who: Who, query = '') => (await journey.get(who, `/case-statistics${query}`)).body.statistics as Body;
    const openData = async (query = '') => (await journey.getPublic(`/open-data/case-statistics${query}`)).body as Body;

    it("counts a flagged load's case for the checkpoint's authority as it opens, by class, species, checkpoint, month and status, with the m³ held and seized", async () => {
      const before = await statistics(REGULATOR);
      const { month } = await flaggedLoad();
      const after = await eventually(async () => {
        const figures = await statistics(REGULATOR);
        expect(figures.volumes.immobilised.lots).toBe(before.volumes.immobilised.lots + 2);
        return figures;
      });
      expect(after).toMatchObject({
        authority: AUTHORITY,
        cases: before.cases + 1,
        byClass: { ...before.byClass, uncharged: before.byClass.uncharged + 1 },
        byStatus: { ...before.byStatus, detected: before.byStatus.detected + 1 },
        byOutcome: { ...before.byOutcome, none: before.byOutcome.none + 1 },
        casesWithoutSpecies: before.casesWithoutSpecies,
      });
      expect(count(after.byCheckpoint, 'checkpoint', CHECKPOINT)).toBe(count(before.byCheckpoint, 'checkpoint', CHECKPOINT) + 1);
      expect(count(after.byMonth, 'month', month)).toBe(count(before.byMonth, 'month', month) + 1);
      // Cedro was seen and seized; tornillo, only declared on the guide, is not what the case is about.
      expect(count(after.bySpecies, 'species', CEDRO)).toBe(count(before.bySpecies, 'species', CEDRO) + 1);
      expect(count(after.bySpecies, 'species', TORNILLO)).toBe(count(before.bySpecies, 'species', TORNILLO));
      // The guide's 5 m³ of tornillo and the 5 m³ of cedro seized beyond it are both held under the case.
      expect(after.volumes).toEqual({
        immobilised: { lots: before.volumes.immobilised.lots + 2, m3: plus(before.volumes.immobilised.m3, 10), kg: before.volumes.immobilised.kg },
        seized: { lots: before.volumes.seized.lots + 1, m3: plus(before.volumes.seized.m3, 5), kg: before.volumes.seized.kg },
        confiscated: before.volumes.confiscated,
      });
    }, 120_000);

    it('moves a case from uncharged to the class and conduct it is charged with', async () => {
      const initial = await statistics(REGULATOR);
      const { row } = await flaggedLoad();
      // The case queue and the statistics are read models of their own: the case is counted before it is charged.
      const before = await eventually(async () => {
        const figures = await statistics(REGULATOR);
        expect(figures.cases).toBe(initial.cases + 1);
        return figures;
      });
      await journey.post(INSTRUCTOR, `/cases/${row.caseId}/charges`, { accusedTaxId: HOLDER, conducts: ['INF-2021-02'], facts: '5 m³ of cedro under a guide for tornillo' }, 200);
      const after = await eventually(async () => {
        const figures = await statistics(REGULATOR);
        expect(figures.byStatus.charged).toBe(before.byStatus.charged + 1);
        return figures;
      });
      expect(after).toMatchObject({
        cases: before.cases,
        byClass: { ...before.byClass, muy_grave: before.byClass.muy_grave + 1, uncharged: before.byClass.uncharged - 1 },
        byStatus: { ...before.byStatus, detected: before.byStatus.detected - 1, charged: before.byStatus.charged + 1 },
      });
      expect(count(after.byConduct, 'code', 'INF-2021-02')).toBe(count(before.byConduct, 'code', 'INF-2021-02') + 1);
    }, 120_000);

    it("shows a regulator its own authority's figures only, refusing another's, and no one without the regulator's role", async () => {
      const [osinfor, own] = [await statistics(OSINFOR), await statistics(REGULATOR)];
      expect(osinfor.authority).toBe('OSINFOR');
      await flaggedLoad();
      await eventually(async () => expect((await statistics(REGULATOR)).cases).toBe(own.cases + 1));
      const after = await statistics(OSINFOR);
      expect(after).toEqual(osinfor);
      expect(count(after.byCheckpoint, 'checkpoint', CHECKPOINT)).toBe(0);
      expect((await journey.get(OSINFOR, `/case-statistics?authority=${AUTHORITY}`, 403)).body.error).toBe('not_acting_for');
      // As the case queue: SERFOR, the national authority, too sees its own figures only; everyone's are open data.
      expect((await journey.get(SERFOR, `/case-statistics?authority=${AUTHORITY}`, 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(HOLDS, '/case-statistics', 403)).body.error).toBe('role_not_allowed');
      expect((await journey.getPublic('/case-statistics', 401)).body.error).toBe('token_missing');
    }, 120_000);

    it('publishes every authority’s figures without a token, the same as its regulators see, and nothing that names a person, a guide, a truck or a case', async () => {
      const { guide, lot, row } = await flaggedLoad();
      const figures = await eventually(async () => {
        const [open, own] = [await openData(), await statistics(REGULATOR)];
        const published = (open.authorities as Body[]).find((entry) => entry.authority === AUTHORITY);
        expect(published).toEqual(own);
        expect(own.volumes.immobilised.lots).toBeGreaterThanOrEqual(2);
        return open;
      });
      expect(figures.period).toEqual({ from: null, to: null });
      const text = JSON.stringify(figures);
      for (const personal of [HOLDER, guide.number, guide.plate, DRIVER.id, row.caseId, lot.lotId, 'instructor-arffs-ucayali-01', 'regulator-of-']) expect(text).not.toContain(personal);
      expect(Object.keys((figures.authorities as Body[])[0]).sort()).toEqual(
        ['authority', 'byCheckpoint', 'byClass', 'byConduct', 'byMonth', 'byOutcome', 'bySpecies', 'byStatus', 'cases', 'casesWithoutSpecies', 'volumes'].sort(),
      );
      const { body: one } = await journey.getPublic('/open-data/case-statistics?authority=OSINFOR');
      expect(one.authorities.map((entry: Body) => entry.authority)).toEqual(['OSINFOR']);
    }, 120_000);

    it('counts the months of the facts asked for, both ends included, and refuses a month it cannot read or a period ending before it begins', async () => {
      const { month } = await flaggedLoad();
      const earlier = previousMonth(month);
      const within = `?from=${month}&to=${month}`;
      await eventually(async () => expect(count((await statistics(REGULATOR, within)).byMonth, 'month', month)).toBeGreaterThan(0));
      const before = await statistics(REGULATOR, `?to=${earlier}`);
      const [beforeWithin, beforeOpen] = [await statistics(REGULATOR, within), await openData(within)];
      await flaggedLoad();
      await eventually(async () => expect((await statistics(REGULATOR, within)).cases).toBe(beforeWithin.cases + 1));
      expect((await statistics(REGULATOR, within)).byMonth).toEqual([{ month, cases: beforeWithin.cases + 1 }]);
      expect(await statistics(REGULATOR, `?to=${earlier}`)).toEqual(before);
      const open = await openData(within);
      expect(open.period).toEqual({ from: month, to: month });
      expect((open.authorities as Body[]).find((entry) => entry.authority === AUTHORITY)!.cases).toBe((beforeOpen.authorities as Body[]).find((entry) => entry.authority === AUTHORITY)!.cases + 1);

      expect((await journey.get(REGULATOR, '/case-statistics?from=2026-13', 400)).body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'from' }] } });
      expect((await journey.getPublic('/open-data/case-statistics?to=May', 400)).body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'to' }] } });
      expect((await journey.get(REGULATOR, `/case-statistics?from=${month}&to=${earlier}`, 400)).body).toMatchObject({ error: 'period_reversed', details: { field: 'to' } });
      expect((await journey.getPublic('/open-data/case-statistics?limit=5', 400)).body.error).toBe('validation_failed');
    }, 120_000);
  });
}

describeCaseStatistics('the embedded store');

describeWithServer(POSTGRES, 'case statistics on postgres', (url) => describeCaseStatistics('postgres', url));
