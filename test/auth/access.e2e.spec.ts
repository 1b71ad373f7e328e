import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CurrentActor, Public, Role, Roles, type AuthenticatedActor } from '#auth';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { unresolvedRefs } from '../standalone/unresolved-refs.js';

/** One endpoint per kind of access rule, mounted beside the real app. */
@Controller('access-probe')
class AccessProbeController {
  @Public()
  @Get('certificate')
  certificate(): { valid: boolean } {
    return { valid: true };
  }

  @Roles(Role.Regulator, Role.Exporter)
  @Get('infractions')
  infractions(@CurrentActor() actor: AuthenticatedActor): { actor: AuthenticatedActor } {
    return { actor };
  }

  @Get('forgotten')
  forgotten(): { reached: boolean } {
    return { reached: true };
  }
}

/** A controller-wide rule, overridden by one of its methods. */
@Roles(Role.CheckpointOperator)
@Controller('checkpoint-probe')
class CheckpointProbeController {
  @Get('scans')
  scans(@CurrentActor() actor: AuthenticatedActor): { checkpoint: string } {
    return { checkpoint: actor.organisation };
  }

  @Public()
  @Get('opening-hours')
  openingHours(): { hours: string } {
    return { hours: '24h' };
  }
}

describe('authentication and roles at the edge of the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const http = () => request(app.getHttpServer());
  /** A token exactly as `npm run token -- <args>` prints it for this app's data folder. */
  const token = (...args: string[]) => tokenCommand(args, { DATA_DIR: dataDir.path });
  const ana = () => token('--role', 'regulator', '--org', 'SERFOR', '--sub', 'ana');

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path, { controllers: [AccessProbeController, CheckpointProbeController] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('created its local key pair on start, the private key readable by its owner only', async () => {
    const privateKey = await stat(join(dataDir.path, 'keys', 'token-signing-key.pem'));
    expect(privateKey.mode & 0o777).toBe(0o600);
  });

  it('answers a public endpoint without a token', async () => {
    await http().get('/access-probe/certificate').expect(200, { valid: true });
  });

  it('answers a role endpoint without a token with 401', async () => {
    const response = await http().get('/access-probe/infractions').expect(401);
    expect(response.body).toEqual({ error: 'token_missing', message: 'This endpoint needs a bearer token: Authorization: Bearer <token>', details: {} });
  });

  it.each(['Basic YW5hOnNlY3JldA==', 'Bearer'])('answers the Authorization header "%s" as no token', async (header) => {
    const response = await http().get('/access-probe/infractions').set('Authorization', header).expect(401);
    expect(response.body.error).toBe('token_missing');
  });

  it('answers a token this app did not sign with 401', async () => {
    const elsewhere = await tempDataDir();
    const foreign = await tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'ana'], { DATA_DIR: elsewhere.path });
    await elsewhere.remove();
    const response = await http().get('/access-probe/infractions').auth(foreign, { type: 'bearer' }).expect(401);
    expect(response.body).toEqual({ error: 'token_invalid', message: 'The bearer token is not valid: signature verification failed', details: {} });
  });

  it('answers a token for another role with 403', async () => {
    const permitHolder = await token('--role', 'permit_holder', '--org', '20123456789', '--sub', 'jorge');
    const response = await http().get('/access-probe/infractions').auth(permitHolder, { type: 'bearer' }).expect(403);
    expect(response.body).toEqual({
      error: 'role_not_allowed',
      message: 'This endpoint is open to regulator, exporter; the token is for permit_holder',
      details: { role: 'permit_holder', allowed: ['regulator', 'exporter'] },
    });
  });

  it('answers a token of an allowed role, handing the actor to the handler', async () => {
    const response = await http().get('/access-probe/infractions').auth(await ana(), { type: 'bearer' }).expect(200);
    expect(response.body).toEqual({ actor: { id: 'ana', role: 'regulator', organisation: 'SERFOR' } });
  });

  it('refuses an endpoint that declares no access rule to everyone, with or without a token', async () => {
    const anonymous = await http().get('/access-probe/forgotten').expect(403);
    expect(anonymous.body).toEqual({ error: 'no_access_rule', message: 'No one may call this endpoint: it declares no access rule', details: {} });
    for (const role of ['permit_holder', 'checkpoint_operator', 'processor', 'regulator', 'exporter']) {
      const someone = await token('--role', role, '--org', 'ORG-1', '--sub', 'someone');
      await http().get('/access-probe/forgotten').auth(someone, { type: 'bearer' }).expect(403);
    }
  });

  it("applies a controller's rule to its methods, a method's own rule first", async () => {
    const operator = await token('--role', 'checkpoint_operator', '--org', 'CP-PUCALLPA-01', '--sub', 'luis');
    await http().get('/checkpoint-probe/scans').auth(operator, { type: 'bearer' }).expect(200, { checkpoint: 'CP-PUCALLPA-01' });
    await http().get('/checkpoint-probe/scans').auth(await ana(), { type: 'bearer' }).expect(403);
    await http().get('/checkpoint-probe/opening-hours').expect(200);
  });

  it('documents each rule in the OpenAPI document: bearer security, x-roles, 401 and 403', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    const infractions = document.paths['/access-probe/infractions'].get;
    expect(infractions.security).toEqual([{ bearer: [] }]);
    expect(infractions['x-roles']).toEqual(['regulator', 'exporter']);
    expect(Object.keys(infractions.responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(infractions.responses['403'].description).toContain('regulator, exporter');
    const certificate = document.paths['/access-probe/certificate'].get;
    expect(certificate.security).toBeUndefined();
    expect(certificate['x-roles']).toBeUndefined();
    expect(document.paths['/checkpoint-probe/scans'].get['x-roles']).toEqual(['checkpoint_operator']);
    expect(unresolvedRefs(document)).toEqual([]);
  });
});
