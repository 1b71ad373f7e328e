import { beforeAll, expect, it } from '@jest/globals';
import request from 'supertest';
import { eventually } from '#testing';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { permitBody, UCAYALI } from '../harvest/harvest-requests.js';
import type { SuiteApp } from '../standalone/suite-app.js';

const PROJECTIONS = ['certificates_lineage', 'certificates_list', 'custody_guides', 'custody_plan_guides', 'custody_scan_log', 'harvest_permits', 'sanctions_case_statistics', 'sanctions_cases', 'sanctions_disqualifications'];
/** Projections whose fold has changed since their first version; the others are at 1. */
const VERSIONS: Readonly<Record<string, number>> = { sanctions_cases: 2, custody_guides: 2 };
const LIVE_VIEWS = { certificates_certificate: 'certificate-*, certificates-document-*', custody_cites_permit: 'cites-permit-*', custody_guide: 'guide-*', custody_lot: 'lot-*', harvest_permit: 'permit-*', processing_processor: 'processor-*', sanctions_case_file: 'case-*' };

type Position = { commit: string; prepare: string };
type ReadModelAnswer = { name: string; lifecycle: string; table?: string; position?: Position; headPosition?: Position; lag?: number; rebuilding?: { table: string } };

/** The operator's read-model endpoints against a running app, whatever store it is on. */
export function readModelOperations(suite: SuiteApp): void {
  /** A table of the read-model schema, whichever the suite's app was given. */
  const table = (name: string) => expect.stringMatching(new RegExp(`^[a-z0-9_]+\\.${name}$`));
  const http = () => request(suite.app().getHttpServer());
  const tokens = new Map<string, string>();
  const as = (role: string, organisation: string) => ({ type: 'bearer' as const, token: tokens.get(`${role}/${organisation}`)! });
  const operator = () => as('operator', 'OPERATIONS');
  const readModels = async () => (await http().get('/operations/projections').auth(operator().token, { type: 'bearer' }).expect(200)).body as ReadModelAnswer[];
  const named = async (name: string) => (await readModels()).find((model) => model.name === name)!;
  const permits = async () => (await http().get('/permits').auth(as(...UCAYALI).token, { type: 'bearer' }).expect(200)).body as { permits: { permitId: string }[] };

  beforeAll(async () => {
    for (const [role, organisation] of [['operator', 'OPERATIONS'], UCAYALI, ['regulator', 'SERFOR']] as const) {
      tokens.set(`${role}/${organisation}`, await tokenCommand(['--role', role, '--org', organisation, '--sub', `${role}-1`], { DATA_DIR: suite.dataDir() }));
    }
    await http().post('/permits').auth(as(...UCAYALI).token, { type: 'bearer' }).send(permitBody('OPS-1')).expect(201);
    await eventually(async () => expect((await permits()).permits.map((permit) => permit.permitId)).toContain('OPS-1'));
  }, 60_000);

  it("lists every read model with its lifecycle, and each projection's versions, position, the log's head for it and its lag", async () => {
    const models = await readModels();
    expect(models.map((model) => model.name)).toEqual([...PROJECTIONS, ...Object.keys(LIVE_VIEWS)].sort());
    for (const name of PROJECTIONS) {
      const version = VERSIONS[name] ?? 1;
      expect(models.find((model) => model.name === name)).toMatchObject({ lifecycle: 'async', version, activeVersion: version, table: table(`${name}_v${version}`) });
    }
    for (const [name, streams] of Object.entries(LIVE_VIEWS)) expect(models.find((model) => model.name === name)).toEqual({ name, lifecycle: 'live', streams });
    const permitList = await eventually(async () => {
      const model = await named('harvest_permits');
      expect(model.lag).toBe(0);
      return model;
    });
    expect(permitList.position).toEqual({ commit: expect.stringMatching(/^\d+$/), prepare: expect.stringMatching(/^\d+$/) });
    expect(permitList.headPosition).toEqual(permitList.position);
    expect(permitList.rebuilding).toBeUndefined();
  });

  it('rebuilds a projection when asked into a fresh table, which answers the same once it has caught up', async () => {
    const before = await permits();
    const { body } = await http().post('/operations/projections/harvest_permits/rebuild').auth(operator().token, { type: 'bearer' }).expect(202);
    expect(body).toMatchObject({ name: 'harvest_permits', table: table('harvest_permits_v1') });
    expect(body.rebuilding).toMatchObject({ version: 1, table: table('harvest_permits_v1_1'), reason: 'requested', total: expect.any(Number), events: expect.any(Number) });
    const switched = await eventually(
      async () => {
        const model = await named('harvest_permits');
        expect(model).toMatchObject({ table: table('harvest_permits_v1_1'), lag: 0 });
        return model;
      },
      { timeoutMs: 30_000 },
    );
    expect(switched.rebuilding).toBeUndefined();
    expect(await permits()).toEqual(before);
  }, 60_000);

  it('answers 404 for an unknown read model, 409 for a live view, and refuses every role but the operator', async () => {
    const rebuild = (name: string) => http().post(`/operations/projections/${name}/rebuild`).auth(operator().token, { type: 'bearer' });
    expect((await rebuild('nothing_here').expect(404)).body).toMatchObject({ error: 'read_model_not_found', details: { name: 'nothing_here' } });
    expect((await rebuild('custody_lot').expect(409)).body).toMatchObject({ error: 'live_view_not_rebuilt', details: { name: 'custody_lot' } });
    const regulator = as('regulator', 'SERFOR').token;
    expect((await http().get('/operations/projections').auth(regulator, { type: 'bearer' }).expect(403)).body.error).toBe('role_not_allowed');
    expect((await http().post('/operations/projections/harvest_permits/rebuild').auth(regulator, { type: 'bearer' }).expect(403)).body.error).toBe('role_not_allowed');
    await http().get('/operations/projections').expect(401);
  });
}
