import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** Where the certificate keys come from: a JWK Set in configuration or in a file, else a key made once in the data folder. */
export type CertificateKeySource = { readonly kind: 'jwks'; readonly json: string } | { readonly kind: 'file'; readonly path: string } | { readonly kind: 'local'; readonly dir: string };

/** The first key holding a private part signs; every key verifies, so certificates signed before a rotation still do. */
export interface CertificateKeys {
  readonly signing: { readonly keyId: string; readonly key: CryptoKey };
  readonly verifying: ReadonlyMap<string, CryptoKey>;
  /** Public keys only, as `GET /certificates/jwks.json` serves them. */
  readonly jwks: { readonly keys: readonly JWK[] };
}

export const CERTIFICATE_ALGORITHM = 'EdDSA';
const LOCAL_KEYS_FILE = 'certificate-signing-keys.json';

export async function loadCertificateKeys(source: CertificateKeySource): Promise<CertificateKeys> {
  const set = parseKeySet(source.kind === 'jwks' ? source.json : source.kind === 'file' ? await readFile(source.path, 'utf8') : await localKeySet(source.dir));
  const keys = await Promise.all(set.map(async (jwk) => ({ jwk, keyId: jwk.kid ?? (await calculateJwkThumbprint(jwk)) })));
  const signer = keys.find(({ jwk }) => jwk.d !== undefined);
  if (!signer) throw new Error('The certificate key set has no private key to sign with');
  const verifying = new Map<string, CryptoKey>();
  for (const { jwk, keyId } of keys) verifying.set(keyId, (await importJWK(publicPart(jwk), CERTIFICATE_ALGORITHM)) as CryptoKey);
  return {
    signing: { keyId: signer.keyId, key: (await importJWK(signer.jwk, CERTIFICATE_ALGORITHM)) as CryptoKey },
    verifying,
    jwks: { keys: keys.map(({ jwk, keyId }) => ({ ...publicPart(jwk), kid: keyId, alg: CERTIFICATE_ALGORITHM, use: 'sig' })) },
  };
}

/** A new Ed25519 key as a private JWK with its thumbprint as key id: what an operator adds in front of the set to rotate. */
export async function newCertificateKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(CERTIFICATE_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: CERTIFICATE_ALGORITHM };
}

function parseKeySet(json: string): JWK[] {
  const parsed = JSON.parse(json) as { keys?: unknown };
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0) throw new Error('The certificate keys must be a JWK Set: {"keys": [...]} with at least one key');
  for (const key of parsed.keys as JWK[]) {
    if (key.kty !== 'OKP' || key.crv !== 'Ed25519') throw new Error(`Certificate keys are Ed25519 (kty OKP, crv Ed25519); got kty ${String(key.kty)}, crv ${String(key.crv)}`);
  }
  return parsed.keys as JWK[];
}

function publicPart({ kty, crv, x }: JWK): JWK {
  return { kty, crv, x };
}

/** The set kept in `dir`, made on first use; written aside and linked into place, so two starts never write half a file. */
async function localKeySet(dir: string): Promise<string> {
  const path = join(dir, LOCAL_KEYS_FILE);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const aside = `${path}.${randomUUID()}.tmp`;
  await writeFile(aside, JSON.stringify({ keys: [await newCertificateKey()] }, null, 2), { mode: 0o600 });
  try {
    await link(aside, path);
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
  } finally {
    await rm(aside, { force: true });
  }
  return readFile(path, 'utf8');
}

// Checked by shape, not `instanceof`: Node's errors may come from another realm (Jest runs modules in a VM context).
function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
