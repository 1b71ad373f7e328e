import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRemoteJWKSet, type JWSAlgorithm, type JWTVerifyGetKey } from 'jose';
import type { TokenKeySource } from './auth-config.js';
import { LOCAL_ALGORITHM, localKeyPair } from './local-key-pair.js';

/** The signature algorithms accepted at all. */
export const ACCEPTED_ALGORITHMS: readonly JWSAlgorithm[] = ['ES256', 'EdDSA', 'RS256'];

export interface VerificationKey {
  readonly key: KeyObject | JWTVerifyGetKey;
  /** Only the algorithm a fixed key is for, so a token naming another is refused as such rather than failing inside the crypto. */
  readonly algorithms: readonly JWSAlgorithm[];
}

export async function verificationKey(source: TokenKeySource): Promise<VerificationKey> {
  switch (source.kind) {
    case 'jwks':
      return { key: createRemoteJWKSet(new URL(source.url)), algorithms: ACCEPTED_ALGORITHMS };
    case 'public_key':
      return publicKey(source.pem, 'AUTH_PUBLIC_KEY');
    case 'public_key_file':
      return publicKey(await readFile(source.path, 'utf8'), `AUTH_PUBLIC_KEY_FILE (${source.path})`);
    case 'local':
      return { key: (await localKeyPair(source.dir)).publicKey, algorithms: [LOCAL_ALGORITHM] };
  }
}

function publicKey(pem: string, origin: string): VerificationKey {
  const key = parsePublicKey(pem, origin);
  const algorithm = algorithmOf(key);
  if (algorithm === undefined) throw new Error(`${origin} must be an EC P-256, Ed25519 or RSA public key`);
  return { key, algorithms: [algorithm] };
}

function parsePublicKey(pem: string, origin: string): KeyObject {
  // Node would derive the public half and carry on, leaving a signing key in the environment unnoticed.
  if (pem.includes('PRIVATE KEY')) throw new Error(`${origin} holds a private key: configure the public key only`);
  try {
    return createPublicKey(pem);
  } catch (error) {
    throw new Error(`${origin} is not a PEM public key or certificate`, { cause: error });
  }
}

function algorithmOf(key: KeyObject): JWSAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  return undefined;
}
