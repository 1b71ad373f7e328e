import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errors, exportJWK, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { DomainError } from '#shared-kernel';
import type { AuthConfig, TokenKeySource } from './auth-config.js';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

const ISSUER = 'timber-trace';
const AUDIENCE = 'timber-trace-api';
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });

const regulatorClaims = { sub: 'ana', role: 'regulator', org: 'SERFOR', iss: ISSUER, aud: AUDIENCE };
const TWELVE_HOURS = 12 * 3600;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const inAnHour = () => nowSeconds() + 3600;

function sign(claims: JWTPayload, key: KeyObject, alg = 'ES256', kid?: string): Promise<string> {
  return new SignJWT({ iat: nowSeconds(), exp: inAnHour(), ...claims }).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).sign(key);
}

function verifierFor(key: TokenKeySource): Promise<TokenVerifier> {
  const config: Omit<AuthConfig, 'failedAuthentications'> = { issuer: ISSUER, audience: AUDIENCE, key, maxTokenLifetimeSeconds: TWELVE_HOURS };
  return createTokenVerifier(config);
}

const pemOf = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

/** The DomainError a rejected verification threw, as the edge would answer it. */
async function refusal(verifying: Promise<unknown>): Promise<Pick<DomainError, 'kind' | 'code' | 'details'>> {
  const error = await verifying.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { kind: error.kind, code: error.code, details: error.details };
}

describe('token verification against a configured public key', () => {
  let verify: TokenVerifier;

  beforeAll(async () => {
    verify = await verifierFor({ kind: 'public_key', pem: pemOf(ec.publicKey) });
  });

  it('turns a valid token into the actor: sub, role, organisation', async () => {
    await expect(verify(await sign({ ...regulatorClaims, name: 'Ana Quispe' }, ec.privateKey))).resolves.toEqual({
      id: 'ana',
      role: 'regulator',
      organisation: 'SERFOR',
    });
  });

  it.each([
    ['EdDSA', ed],
    ['RS256', rsa],
  ] as const)('accepts %s tokens against a key of that kind', async (alg, pair) => {
    const verifyOther = await verifierFor({ kind: 'public_key', pem: pemOf(pair.publicKey) });
    await expect(verifyOther(await sign(regulatorClaims, pair.privateKey, alg))).resolves.toMatchObject({ id: 'ana' });
  });

  it('refuses an expired token as token_expired', async () => {
    const token = await sign({ ...regulatorClaims, exp: Math.floor(Date.now() / 1000) - 3600 }, ec.privateKey);
    await expect(refusal(verify(token))).resolves.toEqual({ kind: 'unauthenticated', code: 'token_expired', details: {} });
  });

  it('refuses a token it accepted before once that token has expired', async () => {
    let clock = new Date();
    const verifyAt = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, key: { kind: 'public_key', pem: pemOf(ec.publicKey) }, maxTokenLifetimeSeconds: TWELVE_HOURS }, () => clock);
    const token = await sign({ ...regulatorClaims, exp: Math.floor(clock.getTime() / 1000) + 60 }, ec.privateKey);
    await expect(verifyAt(token)).resolves.toMatchObject({ id: 'ana' });
    await expect(verifyAt(token)).resolves.toMatchObject({ id: 'ana' });
    // Past the expiry and the 30 s allowed for clock skew.
    clock = new Date(clock.getTime() + 91_000);
    await expect(refusal(verifyAt(token))).resolves.toMatchObject({ code: 'token_expired' });
  });

  it('refuses a bad token every time it is sent', async () => {
    const token = await sign(regulatorClaims, stranger.privateKey);
    await expect(refusal(verify(token))).resolves.toMatchObject({ code: 'token_invalid' });
    await expect(refusal(verify(token))).resolves.toMatchObject({ code: 'token_invalid' });
  });

  it.each([
    ['iss', { iss: 'someone-else' }],
    ['aud', { aud: 'another-api' }],
  ])('refuses a token whose %s is not ours', async (claim, wrong) => {
    const token = await sign({ ...regulatorClaims, ...wrong }, ec.privateKey);
    await expect(refusal(verify(token))).resolves.toEqual({ kind: 'unauthenticated', code: 'token_invalid', details: { claim, reason: 'check_failed' } });
  });

  it('refuses a token signed by another key', async () => {
    await expect(refusal(verify(await sign(regulatorClaims, stranger.privateKey)))).resolves.toMatchObject({ code: 'token_invalid' });
  });

  it('refuses a token naming an algorithm the key is not for', async () => {
    await expect(refusal(verify(await sign(regulatorClaims, rsa.privateKey, 'RS256')))).resolves.toMatchObject({ code: 'token_invalid' });
  });

  it('refuses an unsigned token', async () => {
    const token = new UnsecuredJWT({ ...regulatorClaims, exp: inAnHour() }).encode();
    await expect(refusal(verify(token))).resolves.toMatchObject({ code: 'token_invalid' });
  });

  it.each(['', 'not-a-token', 'a.b.c', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbmEifQ'])('refuses the malformed token "%s"', async (token) => {
    await expect(refusal(verify(token))).resolves.toMatchObject({ kind: 'unauthenticated', code: 'token_invalid' });
  });

  it('accepts a token valid for the longest lifetime allowed', async () => {
    await expect(verify(await sign({ ...regulatorClaims, exp: nowSeconds() + TWELVE_HOURS }, ec.privateKey))).resolves.toMatchObject({ id: 'ana' });
  });

  it('refuses a token valid for longer than allowed, however it was signed', async () => {
    const token = await sign({ ...regulatorClaims, exp: nowSeconds() + TWELVE_HOURS + 1 }, ec.privateKey);
    await expect(refusal(verify(token))).resolves.toEqual({
      kind: 'unauthenticated',
      code: 'token_lifetime_too_long',
      details: { lifetimeSeconds: TWELVE_HOURS + 1, maxLifetimeSeconds: TWELVE_HOURS },
    });
  });

  it('refuses a token issued in the future, which would be used longer than it says', async () => {
    const issuedAt = nowSeconds() + 3600;
    const token = await sign({ ...regulatorClaims, iat: issuedAt, exp: issuedAt + 3600 }, ec.privateKey);
    await expect(refusal(verify(token))).resolves.toMatchObject({ code: 'token_invalid', details: { claim: 'iat' } });
  });

  it('refuses a token issued longer ago than the longest lifetime allowed, whatever its exp', async () => {
    const issuedAt = nowSeconds() - TWELVE_HOURS - 3600;
    const token = await sign({ ...regulatorClaims, iat: issuedAt, exp: issuedAt + TWELVE_HOURS + 7200 }, ec.privateKey);
    await expect(refusal(verify(token))).resolves.toMatchObject({ code: 'token_expired' });
  });

  it.each(['sub', 'role', 'org', 'exp', 'iat', 'iss', 'aud'])('refuses a token without "%s"', async (claim) => {
    const claims: JWTPayload = { ...regulatorClaims, iat: nowSeconds(), exp: inAnHour() };
    delete claims[claim];
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(ec.privateKey);
    await expect(refusal(verify(token))).resolves.toMatchObject({ kind: 'unauthenticated', code: 'token_invalid', details: expect.objectContaining({ claim }) });
  });

  it.each([
    ['role', { role: 'admin' }],
    ['role', { role: 'Regulator' }],
    ['org', { org: '' }],
    ['org', { org: 42 }],
    ['sub', { sub: '' }],
  ])('refuses a token whose "%s" is not acceptable (%j)', async (claim, wrong) => {
    await expect(refusal(verify(await sign({ ...regulatorClaims, ...wrong }, ec.privateKey)))).resolves.toEqual({
      kind: 'unauthenticated',
      code: 'token_invalid',
      details: { claim },
    });
  });
});

describe('token verification against a JWKS URL', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const keys = [{ ...(await exportJWK(ed.publicKey)), kid: 'ed-1', alg: 'EdDSA', use: 'sig' }];
    server = createServer((request, response) => {
      if (request.url === '/down') response.writeHead(503).end();
      else response.setHeader('content-type', 'application/json').end(JSON.stringify({ keys }));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  it('verifies a token with the key its kid names', async () => {
    const verify = await verifierFor({ kind: 'jwks', url: `${base}/jwks.json` });
    await expect(verify(await sign(regulatorClaims, ed.privateKey, 'EdDSA', 'ed-1'))).resolves.toEqual({ id: 'ana', role: 'regulator', organisation: 'SERFOR' });
  });

  it('refuses a token whose kid is not in the set', async () => {
    const verify = await verifierFor({ kind: 'jwks', url: `${base}/jwks.json` });
    await expect(refusal(verify(await sign(regulatorClaims, ec.privateKey, 'ES256', 'ec-9')))).resolves.toMatchObject({ code: 'token_invalid' });
  });

  it('fails as a fault of ours, not a 401, when the key set cannot be fetched', async () => {
    const verify = await verifierFor({ kind: 'jwks', url: `${base}/down` });
    const error = await verify(await sign(regulatorClaims, ed.privateKey, 'EdDSA', 'ed-1')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(errors.JOSEError);
    expect(error).not.toBeInstanceOf(DomainError);
  });
});
