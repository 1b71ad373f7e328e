import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { KeyObject } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localKeyPair } from './local-key-pair.js';

const spki = (publicKey: KeyObject) => publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('localKeyPair', () => {
  let dir: string;

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'auth-keys-')), 'keys');
  });

  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('generates a P-256 pair on first use, the private key readable by its owner only', async () => {
    const { privateKey, publicKey } = await localKeyPair(dir);
    expect(privateKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect((await readdir(dir)).sort()).toEqual(['token-signing-key.pem', 'token-signing-key.pub.pem']);
    expect((await stat(join(dir, 'token-signing-key.pem'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'token-signing-key.pub.pem'), 'utf8')).toBe(spki(publicKey));
  });

  it('loads the same pair afterwards', async () => {
    const first = await localKeyPair(dir);
    const second = await localKeyPair(dir);
    expect(spki(second.publicKey)).toBe(spki(first.publicKey));
  });

  it('agrees on one pair when started twice at once', async () => {
    const pairs = await Promise.all([localKeyPair(dir), localKeyPair(dir), localKeyPair(dir)]);
    expect(new Set(pairs.map(({ publicKey }) => spki(publicKey))).size).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['token-signing-key.pem', 'token-signing-key.pub.pem']);
  });
});
