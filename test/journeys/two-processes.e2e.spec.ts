import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { describeWithServer, POSTGRES } from '#testing';
import { postgresTestEnv } from '../standalone/postgres-test-env.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { Journey } from './journey-app.js';
import { checkpoint, declared, hoursAgo, minutesAfter, operatorAt, REGULATOR, ROAD, scanBody, TORNILLO } from './road-to-pucallpa.js';

type Result = { rule: string; outcome: string; observed: unknown };

// Each process remembers the streams it wrote and reuses facts for a second: what one process records must
// still reach the other's verdicts, which are decided on what it remembers only when its append wins.
describeWithServer(POSTGRES, 'two app processes on one Postgres', (url) => {
  const database = postgresTestEnv(url);
  const apps: INestApplication[] = [];
  let dataDir: Awaited<ReturnType<typeof tempDataDir>> | undefined;
  const first = new Journey(() => apps[0]!, () => dataDir!.path);
  const second = new Journey(() => apps[1]!, () => dataDir!.path);

  beforeAll(async () => {
    dataDir = await tempDataDir();
    // One data folder: both verify the tokens of the same local key.
    for (let i = 0; i < 2; i++) apps.push(await standaloneTestApp(dataDir.path, { env: database.env }));
  }, 90_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.remove();
    await dataDir?.remove();
  });

  it('judges a scan on the scans the other process recorded on the guide, and answers a resend there alike', async () => {
    const facilityId = await first.sawmill();
    const permit = await first.plannedPermit([[TORNILLO, 120]]);
    const load = await first.extracted(permit, TORNILLO, 18.4, 9);
    // The first process issued the guide and remembers its stream as it wrote it.
    const guide = await first.guide(permit, facilityId, [load], hoursAgo(6));
    const [k160, k086] = [ROAD[0]!.code, ROAD[1]!.code];

    const atK160 = await second.scan(guide, k160);
    expect(atK160).toMatchObject({ checkpoint: k160, verdict: 'cleared' });

    // The first process's memory of the guide lacks the scan at K160: its append must lose, and the scan be judged again on a read.
    const body = scanBody(guide, k086, minutesAfter(guide.issuedAt, checkpoint(k086).passedAfter), declared(guide.loads));
    const { body: atK086 } = await first.post(operatorAt(k086), `/checkpoints/${k086}/scans`, body, 201);
    expect(atK086).toMatchObject({ checkpoint: k086, verdict: 'cleared', failed: [], warnings: [] });
    const travel = (atK086.results as Result[]).find((result) => result.rule === 'TRAVEL_TOO_FAST');
    expect(travel?.observed).toMatchObject({ from: k160, to: k086 });

    // Sent again to the other process: the first verdict, nothing recorded.
    const { body: resent } = await second.post(operatorAt(k086), `/checkpoints/${k086}/scans`, body, 201);
    expect(resent).toEqual(atK086);
    const { body: view } = await second.get(REGULATOR, `/guides/${guide.number}`);
    expect((view.scans as { checkpoint: string }[]).map((scan) => scan.checkpoint)).toEqual([k160, k086]);
  });
});
