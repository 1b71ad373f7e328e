import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '#event-store';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { localKeyPair } from '../../libs/auth/src/local-key-pair.js';
import { standaloneTestApp } from './standalone-test-app.js';
import { suiteApp } from './suite-app.js';
import { tempDataDir } from './temp-data-dir.js';

// What users of such a service expect of its edge, checked through the real standalone app.

describe('the edge of the standalone app', () => {
  const suite = suiteApp();
  const http = () => request(suite.app().getHttpServer());
  const regulator = () => tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'edge-ana'], { DATA_DIR: suite.dataDir() });
  const events = async () => (await suite.app().get<EventStore>(EVENT_STORE).readAll({ maxCount: 1_000_000 })).length;

  describe('Idempotency-Key', () => {
    it.each([
      ['too long', 'k'.repeat(5_000)],
      ['with a space', 'key 1'],
      ['with a character outside ASCII', 'clé-1'],
    ])('answers a key %s with 400 in the error contract, before the endpoint looks at anything else', async (_case, key) => {
      const before = await events();
      // The permit does not exist: a key read late would be answered 404 permit_not_found.
      const response = await http().post('/permits/P-UNKNOWN/suspension').auth(await regulator(), { type: 'bearer' }).set('Idempotency-Key', key).send({ reason: 'PAU en curso' });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'validation_failed',
        message: 'The request failed validation',
        details: { fields: [{ path: 'Idempotency-Key', messages: ['Idempotency-Key must be 1 to 200 visible ASCII characters'] }] },
      });
      expect(await events()).toBe(before);
    });

    it('lets a key of 200 visible characters through to the endpoint', async () => {
      const response = await http().post('/permits/P-UNKNOWN/suspension').auth(await regulator(), { type: 'bearer' }).set('Idempotency-Key', 'k'.repeat(200)).send({ reason: 'PAU en curso' });
      expect(response.body).toMatchObject({ error: 'permit_not_found' });
    });
  });

  describe('headers', () => {
    const SECURITY = {
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    };

    it('sets the security headers on every answer, errors included, and never says what framework answers', async () => {
      const answers = [
        await http().get('/health').expect(200),
        await http().get('/nowhere').expect(404),
        await http().post('/permits').set('Content-Type', 'application/json').send('{"permitId":').expect(400),
        await http().get('/permits').expect(401),
        await http().get('/docs-json').expect(200),
      ];
      for (const answer of answers) {
        expect(answer.headers).toMatchObject(SECURITY);
        expect(answer.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('gives Swagger UI at /docs the policy it needs: its own scripts, no inline script, its styles and data: images', async () => {
      const page = await http().get('/docs').expect(200);
      const policy = page.headers['content-security-policy'];
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-eval');
      // Every script of the page is a file of this server, which script-src 'self' allows: none is inline.
      const scripts = [...page.text.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, content] of scripts) {
        expect(content!.trim()).toBe('');
        const source = /src="\.\/(docs\/[^"]+)"/.exec(attributes!)?.[1];
        expect(source).toBeDefined();
        const script = await http().get(`/${source}`).expect(200);
        expect(script.headers['content-type']).toMatch(/javascript/);
      }
      const stylesheet = /href="\.\/(docs\/swagger-ui\.css)"/.exec(page.text)?.[1];
      await http().get(`/${stylesheet}`).expect(200).expect('Content-Type', /css/);
    });

    it('tells caches to keep no copy of what a token opens, or refuses', async () => {
      const withToken = await http().get('/permits').auth(await regulator(), { type: 'bearer' }).expect(200);
      expect(withToken.headers['cache-control']).toBe('no-store');
      const withoutToken = await http().get('/permits').expect(401);
      expect(withoutToken.headers['cache-control']).toBe('no-store');
      const invalid = await http().get('/permits/P-UNKNOWN').auth(await regulator(), { type: 'bearer' }).expect(404);
      expect(invalid.headers['cache-control']).toBe('no-store');
    });

    it('answers headers over Node’s limit in the error contract, not with a bare status line', async () => {
      const response = await http().post('/permits/P-UNKNOWN/suspension').set('Idempotency-Key', 'k'.repeat(20_000)).send({ reason: 'x' });
      expect(response.status).toBe(431);
      expect(response.body).toEqual({ error: 'headers_too_large', message: 'The request headers exceed the size the server accepts', details: {} });
      expect(response.headers).toMatchObject(SECURITY);
    });
  });

  describe('token lifetime', () => {
    const HOUR = 3600;
    /** A token signed with the app's own key, as an issuer that grants what it likes would sign it. */
    const signed = async (times: { iat?: number; exp?: number }) => {
      const { privateKey } = await localKeyPair(join(suite.dataDir(), 'keys'));
      return new SignJWT({ role: 'regulator', org: 'SERFOR', ...times }).setProtectedHeader({ alg: 'ES256' }).setIssuer('timber-trace').setAudience('timber-trace-api').setSubject('edge-ana').sign(privateKey);
    };
    const now = () => Math.floor(Date.now() / 1000);

    it('accepts a token valid for 12 hours, the default longest lifetime', async () => {
      await http().get('/permits').auth(await signed({ iat: now(), exp: now() + 12 * HOUR }), { type: 'bearer' }).expect(200);
    });

    it('refuses a token valid for longer with 401 token_lifetime_too_long', async () => {
      const response = await http().get('/permits').auth(await signed({ iat: now(), exp: now() + 13 * HOUR }), { type: 'bearer' }).expect(401);
      expect(response.body).toEqual({
        error: 'token_lifetime_too_long',
        message: 'The bearer token is valid for 46800 s; this service accepts tokens valid for 43200 s at most',
        details: { lifetimeSeconds: 13 * HOUR, maxLifetimeSeconds: 12 * HOUR },
      });
    });

    it.each([
      ['iat', { exp: 0 + HOUR }],
      ['exp', { iat: 0 }],
    ])('refuses a token without %s with 401 token_invalid naming the claim', async (claim, offsets) => {
      const times = Object.fromEntries(Object.entries(offsets).map(([name, offset]) => [name, now() + offset]));
      const response = await http().get('/permits').auth(await signed(times), { type: 'bearer' }).expect(401);
      expect(response.body).toMatchObject({ error: 'token_invalid', details: { claim, reason: 'missing' } });
    });
  });
});

describe('failed authentications from one address', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = await tempDataDir();
    // A window far longer than the test, so that none closes while it runs.
    app = await standaloneTestApp(dataDir.path, { env: { AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_WINDOW: '1h' } });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('are answered 401 up to the limit, then 429 too_many_failed_authentications with Retry-After; accepted tokens still pass', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await http().get('/permits').auth('not-a-token', { type: 'bearer' }).expect(401)).body.error).toBe('token_invalid');
    }
    const limited = await http().get('/permits').auth('not-a-token', { type: 'bearer' }).expect(429);
    expect(limited.body).toEqual({ error: 'too_many_failed_authentications', message: expect.stringMatching(/^Too many failed authentications from this address; try again in \d+ s$/), details: {} });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    // Another badly signed token is limited too: the count is the address's, not the token's.
    await http().get('/permits').auth('a.b.c', { type: 'bearer' }).expect(429);

    const token = await tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'edge-ana'], { DATA_DIR: dataDir.path });
    await http().get('/permits').auth(token, { type: 'bearer' }).expect(200);
    // A request without a token tried nothing: it is told what is missing, not to wait.
    expect((await http().get('/permits').expect(401)).body.error).toBe('token_missing');
    await http().get('/health').expect(200);
  });
});
