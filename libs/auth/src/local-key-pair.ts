import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The algorithm of the local key pair (ECDSA on P-256). */
export const LOCAL_ALGORITHM = 'ES256';

export interface LocalKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

const PRIVATE_KEY_FILE = 'token-signing-key.pem';
const PUBLIC_KEY_FILE = 'token-signing-key.pub.pem';

/** Loads the key pair kept in `dir`, generating it on first use; the private key file is readable by its owner only. */
export async function localKeyPair(dir: string): Promise<LocalKeyPair> {
  const privateKey = createPrivateKey(await readOrCreatePrivateKey(dir));
  // Derived rather than read, so the public file (there for people to copy) can never disagree with it.
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

async function readOrCreatePrivateKey(dir: string): Promise<string> {
  const path = join(dir, PRIVATE_KEY_FILE);
  const existing = await readIfPresent(path);
  if (existing !== undefined) return existing;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Written aside then linked into place, which is atomic: the app and the token command may start together,
  // the first to link wins and the other reads a complete file, never a half-written one.
  const aside = `${path}.${randomUUID()}.tmp`;
  await writeFile(aside, pem, { mode: 0o600 });
  try {
    await link(aside, path);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return readFile(path, 'utf8');
    throw error;
  } finally {
    await rm(aside, { force: true });
  }
  await writeFile(join(dir, PUBLIC_KEY_FILE), publicKey.export({ type: 'spki', format: 'pem' }).toString());
  return pem;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

// Checked by shape, not `instanceof`: Node's errors may come from another realm (Jest runs modules in a VM context).
function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
