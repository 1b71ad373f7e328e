import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localKeyPair } from './local-key-pair.js';
import { verificationKey } from './verification-key.js';

const pem = (type: 'ec' | 'ed25519' | 'rsa', options = {}) =>
  generateKeyPairSync(type as 'ec', options as { namedCurve: string }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('verificationKey', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'auth-key-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['EC P-256', pem('ec', { namedCurve: 'P-256' }), 'ES256'],
    ['Ed25519', pem('ed25519'), 'EdDSA'],
    ['RSA', pem('rsa', { modulusLength: 2048 }), 'RS256'],
  ])('accepts only the algorithm of the configured %s key', async (_kind, publicPem, algorithm) => {
    await expect(verificationKey({ kind: 'public_key', pem: publicPem })).resolves.toMatchObject({ algorithms: [algorithm] });
  });

  it('reads the key from AUTH_PUBLIC_KEY_FILE', async () => {
    const path = join(dir, 'issuer.pem');
    await writeFile(path, pem('ed25519'));
    await expect(verificationKey({ kind: 'public_key_file', path })).resolves.toMatchObject({ algorithms: ['EdDSA'] });
  });

  it('uses the public half of the local pair, generating it if missing', async () => {
    const key = await verificationKey({ kind: 'local', dir: join(dir, 'keys') });
    expect(key).toEqual({ key: (await localKeyPair(join(dir, 'keys'))).publicKey, algorithms: ['ES256'] });
  });

  it('refuses a key of another kind, a private key, and text that is no key', async () => {
    await expect(verificationKey({ kind: 'public_key', pem: pem('ec', { namedCurve: 'P-384' }) })).rejects.toThrow(
      'AUTH_PUBLIC_KEY must be an EC P-256, Ed25519 or RSA public key',
    );
    const privatePem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(verificationKey({ kind: 'public_key', pem: privatePem })).rejects.toThrow('AUTH_PUBLIC_KEY holds a private key: configure the public key only');
    await expect(verificationKey({ kind: 'public_key', pem: 'hello' })).rejects.toThrow('AUTH_PUBLIC_KEY is not a PEM public key or certificate');
  });
});
