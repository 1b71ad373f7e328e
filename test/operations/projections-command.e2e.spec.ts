import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { eventually } from '#testing';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { projectionsCommand, ProjectionsUsageError } from '../../infra/projections/projections-command.js';
import { permitBody, UCAYALI } from '../harvest/harvest-requests.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';

/** A port nothing listens on: taken from the system, then let go. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** What the command wrote, answers and progress apart, as a pipe receives them (no terminal: no redrawing). */
function captured() {
  const written = { out: '', err: '' };
  return { written, output: { out: (text: string) => void (written.out += text), err: (text: string) => void (written.err += text), interactive: false } };
}

describe('npm run projections, against a running app', () => {
  let app: INestApplication;
  let env: NodeJS.ProcessEnv;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const run = async (...args: string[]) => {
    const { written, output } = captured();
    const code = await projectionsCommand(args, env, output, { pollMs: 20 });
    return { code, ...written };
  };

  beforeAll(async () => {
    dataDir = await tempDataDir();
    // Embedded, so the app holds the data folder as `npm start` does: the command can only ask it over HTTP.
    app = await standaloneTestApp(dataDir.path);
    await app.listen(0, '127.0.0.1');
    env = { DATA_DIR: dataDir.path, PORT: String((app.getHttpServer().address() as { port: number }).port), HOST: '127.0.0.1' };
    const regulator = await tokenCommand(['--role', UCAYALI[0], '--org', UCAYALI[1], '--sub', 'ana'], env);
    await request(app.getHttpServer()).post('/permits').auth(regulator, { type: 'bearer' }).send(permitBody('CLI-1')).expect(201);
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('lists every read model as a table, finding the app where its PORT and HOST say it listens', async () => {
    const { code, out } = await eventually(async () => {
      const listed = await run('list');
      expect(listed.out).toMatch(/^harvest_permits +async +1 +1 +\d+\/\d+ +\d+\/\d+ +0$/m);
      return listed;
    });
    expect(code).toBe(0);
    const [header, ...rows] = out.trimEnd().split('\n');
    expect(header).toMatch(/^NAME +LIFECYCLE +VERSION +ANSWERING +POSITION +HEAD +LAG +NOTE$/);
    expect(rows.map((row) => row.split(' ')[0])).toEqual([
      'certificates_certificate',
      'certificates_lineage',
      'certificates_list',
      'custody_cites_permit',
      'custody_guide',
      'custody_guides',
      'custody_lot',
      'custody_plan_guides',
      'custody_scan_log',
      'harvest_permit',
      'harvest_permits',
      'processing_processor',
      'sanctions_case_file',
      'sanctions_case_statistics',
      'sanctions_cases',
      'sanctions_disqualifications',
    ]);
    expect(out).toMatch(/^custody_lot +live +- +- +- +- +- +folded from lot-\* on each read$/m);
  });

  it('rebuilds a projection, drawing its progress up to the switch, and says which table answers', async () => {
    const { code, out, err } = await run('rebuild', 'harvest_permits');
    expect(code).toBe(0);
    expect(err).toContain('Rebuilding harvest_permits (version 1) into read_models.harvest_permits_v1_1; read_models.harvest_permits_v1 answers until it has caught up.');
    const bars = err.split('\n').filter((line) => line.startsWith('['));
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar).toMatch(/^\[[#-]{30}\] [\d,]+\/[\d,]+ events {2}\d+% {2}(done|time left not known yet|about \d.* left)$/);
    expect(bars.at(-1)).toMatch(/^\[#{30}\] ([\d,]+)\/\1 events {2}100% {2}done$/);
    expect(out).toMatch(/^harvest_permits answers from read_models\.harvest_permits_v1_1, rebuilt in \d+ s\.\n$/);
    expect((await run('list')).out).toMatch(/^harvest_permits +async +1 +1 +\d+\/\d+ +\d+\/\d+ +0$/m);
  }, 60_000);

  it('says what went wrong: an unknown projection, a live view, no app where it looks, a command it does not know', async () => {
    expect(await run('rebuild', 'nothing_here')).toEqual({ code: 1, out: '', err: 'POST /operations/projections/nothing_here/rebuild answered 404: No read model is named nothing_here\n' });
    expect((await run('rebuild', 'custody_lot')).err).toContain('answered 409: custody_lot is folded from its stream on each read');
    const elsewhere = `http://127.0.0.1:${await freePort()}`;
    const nobody = await run('list', '--url', elsewhere);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain(`Nothing answered at ${elsewhere}`);
    await expect(run('frobnicate')).rejects.toThrow(ProjectionsUsageError);
    await expect(run('rebuild')).rejects.toThrow('rebuild needs the name of a projection');
  });
});
