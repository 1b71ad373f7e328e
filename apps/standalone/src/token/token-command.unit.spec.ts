import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { createTokenVerifier } from '#auth';
import { tokenCommand, TOKEN_USAGE, TokenUsageError } from './token-command.js';

describe('the token command', () => {
  let dataDir: string;
  const ana = ['--role', 'regulator', '--org', 'SERFOR', '--sub', 'ana'];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'token-command-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('signs sub, role, org and name for the issuer and audience, for 12 hours by default', async () => {
    const token = await tokenCommand([...ana, '--name', 'Ana Quispe'], { DATA_DIR: dataDir });
    const claims = decodeJwt(token);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT' });
    expect(claims).toMatchObject({ sub: 'ana', role: 'regulator', org: 'SERFOR', name: 'Ana Quispe', iss: 'timber-trace', aud: 'timber-trace-api' });
    expect(claims.exp! - claims.iat!).toBe(12 * 3600);
  });

  it('signs with the local key pair of the data folder, which the app verifies with', async () => {
    const verify = await createTokenVerifier({ issuer: 'trace', audience: 'api', key: { kind: 'local', dir: join(dataDir, 'keys') }, maxTokenLifetimeSeconds: 12 * 3600 });
    const token = await tokenCommand([...ana, '--data-dir', dataDir], { AUTH_ISSUER: 'trace', AUTH_AUDIENCE: 'api' });
    await expect(verify(token)).resolves.toEqual({ id: 'ana', role: 'regulator', organisation: 'SERFOR' });
  });

  it.each([
    ['30m', 1800],
    ['2d', 172_800],
    ['45s', 45],
  ])('takes --ttl %s', async (ttl, seconds) => {
    const claims = decodeJwt(await tokenCommand([...ana, '--ttl', ttl], { DATA_DIR: dataDir, AUTH_MAX_TOKEN_LIFETIME: '3d' }));
    expect(claims.exp! - claims.iat!).toBe(seconds);
  });

  it('refuses a --ttl longer than the app accepts, as the app reads AUTH_MAX_TOKEN_LIFETIME', async () => {
    await expect(tokenCommand([...ana, '--ttl', '13h'], { DATA_DIR: dataDir })).rejects.toThrow('--ttl 13h is longer than the app accepts: AUTH_MAX_TOKEN_LIFETIME allows 43200 s');
    await expect(tokenCommand([...ana, '--ttl', '2h'], { DATA_DIR: dataDir, AUTH_MAX_TOKEN_LIFETIME: '1h' })).rejects.toBeInstanceOf(TokenUsageError);
  });

  it.each([
    [['--role', 'admin', '--org', 'SERFOR', '--sub', 'ana'], '--role must be one of permit_holder, checkpoint_operator, processor, regulator, exporter'],
    [['--role', 'regulator', '--sub', 'ana'], '--org is required'],
    [['--role', 'regulator', '--org', 'SERFOR'], '--sub is required'],
    [[...ana, '--ttl', '12 hours'], '--ttl must be a whole number of s, m, h or d (like 30m or 12h), got "12 hours"'],
    [[...ana, '--ttl', '0h'], '--ttl must be a whole number of s, m, h or d (like 30m or 12h), got "0h"'],
    [[...ana, '--admin'], "Unknown option '--admin'"],
  ])('refuses %j: %s', async (args, message) => {
    const refusal = tokenCommand(args, { DATA_DIR: dataDir });
    await expect(refusal).rejects.toBeInstanceOf(TokenUsageError);
    await expect(refusal).rejects.toThrow(message);
  });

  it('refuses to sign when the app verifies with another key', async () => {
    await expect(tokenCommand(ana, { DATA_DIR: dataDir, AUTH_JWKS_URL: 'https://id.example.pe/jwks.json' })).rejects.toThrow(
      'AUTH_JWKS_URL is set, so the app does not accept tokens signed with the local key pair',
    );
  });

  it('answers --help with the usage', async () => {
    await expect(tokenCommand(['--help'], {})).resolves.toBe(TOKEN_USAGE);
  });
});
