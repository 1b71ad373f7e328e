import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { postgresTestEnv } from '../standalone/postgres-test-env.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { ChildApp } from '../support/child-app.js';
import { Journey, type PlannedPermit } from './journey-app.js';
import { fresh, guideBody, HOLDS, hoursAgo, type Load, m3, processorAt, REGULATOR, TORNILLO } from './road-to-pucallpa.js';

type Lot = { status: string; guideNumber?: string; volume: unknown; hold: { kind: string }; parents: { lotId: string }[]; children: { lotId: string }[] };

// Each workflow is killed dead (SIGKILL) between two of its steps, at a point only tests name; the app started
// again must carry it to its end with no one's help. Every start arms the next scenario's point, so the start that
// recovers one scenario is the one the next scenario kills.
function describeCrashes(store: string, database: { readonly env: NodeJS.ProcessEnv; remove(): Promise<void> }): void {
  describe(`workflows killed between two steps converge after a restart, on ${store}`, () => {
    let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
    let running: { app: ChildApp; url: string } | undefined;
    const journey = new Journey(() => running!.url, () => dataDir.path);
    const lotOf = async (lotId: string) => (await journey.lot(lotId)) as Lot;

    let facilityId: string;
    let permit: PlannedPermit;
    const scenarios = {
      requested: fresh('GTF'),
      dispatched: fresh('GTF'),
      lastDispatched: fresh('GTF'),
      released: fresh('GTF'),
    };
    // Lots and a transformation named before the app that will die starts, so their points can be armed.
    const named = { merged: fresh('LOT'), split: fresh('LOT'), sawn: fresh('TR') };
    let armed: string[] = [];

    async function start(points: readonly string[]): Promise<void> {
      armed = [...points];
      running = await ChildApp.start({ ...database.env, DATA_DIR: dataDir.path, NODE_ENV: 'test', FAULT_KILL_AT: armed.join(',') });
    }

    /** Sends what the app dies in at `point`, waits for it to be dead, then starts it again with the points still armed. */
    async function killedAt(point: string, send: () => Promise<unknown>): Promise<void> {
      expect(armed).toContain(point);
      await send().catch(() => undefined);
      expect(await running!.app.exited).toBe('SIGKILL');
      await start(armed.filter((other) => other !== point));
    }

    const extracted = (volumeM3 = 4, lotId?: string) => journey.extracted(permit, TORNILLO, volumeM3, 2, lotId);
    const guideOf = (number: string, loads: readonly Load[]) => guideBody({ number, ...permit, facilityId, loads, plate: 'ABC123', issuedAt: hoursAgo(2) });

    beforeAll(async () => {
      dataDir = await tempDataDir();
      await start([
        `guide-issuance/${scenarios.requested}/requested`,
        `guide-issuance/${scenarios.dispatched}/dispatched/1`,
        `guide-issuance/${scenarios.lastDispatched}/dispatched/2`,
        `guide-issuance/${scenarios.released}/released/1`,
        `merge/${named.merged}/gave/1`,
        `split/${named.split}/created/1`,
        `transformation/${named.sawn}/consumed/1`,
      ]);
      facilityId = await journey.sawmill();
      permit = await journey.plannedPermit([[TORNILLO, 1000]]);
    }, 180_000);

    afterAll(async () => {
      await running?.app.stop();
      await database.remove();
      await dataDir?.remove();
    }, 60_000);

    describe('issuing a guide', () => {
      it.each([
        ['its request was recorded, before any lot was dispatched', 'requested', 'requested'],
        ['its first lot was dispatched', 'dispatched', 'dispatched/1'],
        ['its last lot was dispatched, before the guide was issued', 'lastDispatched', 'dispatched/2'],
      ] as const)('killed once %s: the guide is issued with every lot on it', async (_when, scenario, step) => {
        const number = scenarios[scenario];
        const loads = [await extracted(), await extracted()];
        const body = guideOf(number, loads);
        await killedAt(`guide-issuance/${number}/${step}`, () => journey.post(HOLDS, '/guides', body, 201, `issue-${number}`));
        await eventually(async () => expect((await journey.get(REGULATOR, `/guides/${number}`)).body).toMatchObject({ number, status: 'open' }), { timeoutMs: 30_000 });
        for (const { lotId } of loads) expect(await lotOf(lotId)).toMatchObject({ status: 'on_guide', guideNumber: number });
        // The client's retry answers the guide issued, and dispatches nothing again.
        expect((await journey.post(HOLDS, '/guides', body, 201, `issue-${number}`)).body).toMatchObject({ number });
      }, 180_000);

      it('killed while sending back the lots of a refused issuance: no lot stays on a guide that does not exist', async () => {
        const number = scenarios.released;
        const [first, second, held] = [await extracted(), await extracted(), await extracted()];
        await journey.post(REGULATOR, `/lots/${held.lotId}/immobilisation`, { caseRef: 'INF-2026-0901', reason: 'plan under review' }, 200);
        const body = guideOf(number, [first, second, held]);
        await killedAt(`guide-issuance/${number}/released/1`, () => journey.post(HOLDS, '/guides', body, 409, `issue-${number}`));
        for (const { lotId } of [first, second]) {
          await eventually(async () => expect(await lotOf(lotId)).toMatchObject({ status: 'resting' }), { timeoutMs: 30_000 });
          expect((await lotOf(lotId)).guideNumber).toBeUndefined();
        }
        expect(await lotOf(held.lotId)).toMatchObject({ status: 'immobilised' });
        await journey.get(REGULATOR, `/guides/${number}`, 404);
        expect((await journey.post(HOLDS, '/guides', body, 409, `issue-${number}`)).body).toMatchObject({ error: 'lot_immobilised', details: { lotId: held.lotId } });
      }, 180_000);
    });

    describe('lots and transformations', () => {
      it('killed after the first parent of a merge gave: the merged lot is made of both, and the retry answers it', async () => {
        const parents = [await extracted(4, named.merged), await extracted(3)];
        const body = { parents: parents.map(({ lotId, volumeM3 }) => ({ lotId, volume: m3(volumeM3) })) };
        await killedAt(`merge/${named.merged}/gave/1`, () => journey.post(HOLDS, '/lots/merge', body, 201, `merge-${named.merged}`));
        // No one asks again: the restarted app finishes the merge on its own.
        for (const { lotId } of parents) await eventually(async () => expect(await lotOf(lotId)).toMatchObject({ status: 'merged' }), { timeoutMs: 30_000 });
        const [made] = (await lotOf(named.merged)).children;
        await eventually(async () => expect(await lotOf(made!.lotId)).toMatchObject({ volume: m3(7), parents: parents.map(({ lotId, volumeM3 }) => ({ lotId, volume: m3(volumeM3) })) }), { timeoutMs: 30_000 });
        expect((await journey.post(HOLDS, '/lots/merge', body, 201, `merge-${named.merged}`)).body).toMatchObject({ lotId: made!.lotId, volume: m3(7) });
      }, 180_000);

      it('killed after the first child of a split was made: every child is made', async () => {
        await extracted(6, named.split);
        const body = { children: [{ volume: m3(1) }, { volume: m3(2) }] };
        await killedAt(`split/${named.split}/created/1`, () => journey.post(HOLDS, `/lots/${named.split}/split`, body, 201, `split-${named.split}`));
        const children = await eventually(async () => {
          const { children: made } = await lotOf(named.split);
          expect(made).toHaveLength(2);
          return made;
        });
        for (const { lotId } of children) await eventually(async () => expect(await lotOf(lotId)).toMatchObject({ status: 'resting', parents: [{ lotId: named.split }] }), { timeoutMs: 30_000 });
      }, 180_000);

      it('killed after custody consumed the first input of a transformation: every input is consumed and the product made', async () => {
        const inputs = [await extracted(5), await extracted(5)];
        const number = fresh('GTF');
        await journey.post(HOLDS, '/guides', guideOf(number, inputs), 201);
        await journey.deliver({ number, ...permit, facilityId, loads: inputs, plate: 'ABC123', issuedAt: hoursAgo(2) });
        const body = { transformationId: named.sawn, inputs: inputs.map(({ lotId }) => ({ lotId, volume: m3(5) })), outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(3) }] };
        await killedAt(`transformation/${named.sawn}/consumed/1`, () => journey.post(processorAt(facilityId), `/processors/${facilityId}/transformations`, body, 201));
        for (const { lotId } of inputs) await eventually(async () => expect(await lotOf(lotId)).toMatchObject({ status: 'consumed' }), { timeoutMs: 30_000 });
        const [product] = (await lotOf(inputs[0]!.lotId)).children;
        await eventually(async () => expect(await lotOf(product!.lotId)).toMatchObject({ status: 'resting', parents: inputs.map(({ lotId }) => ({ lotId, volume: m3(5) })) }), { timeoutMs: 30_000 });
      }, 180_000);
    });
  });
}

// Killed dead, the embedded store leaves its folder's lock behind: the restart takes it over.
describeCrashes('the embedded store', { env: {}, remove: async () => undefined });

describeWithServer(POSTGRES, 'workflows killed on postgres', (url) => describeCrashes('postgres', postgresTestEnv(url)));
