import { createHash } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, errors } from 'jose';
import type { CertificateContent } from '../domain/certificate-content.js';
import { CERTIFICATE_ALGORITHM, type CertificateKeys } from './certificate-keys.js';

/** Injection token of the loaded keys: `@Inject(CERTIFICATE_KEYS) keys: CertificateKeys`. */
export const CERTIFICATE_KEYS = Symbol('CertificateKeys');

/** Tells a reader what the JWS holds. */
export const CERTIFICATE_MEDIA_TYPE = 'timber-origin-certificate+jws';

export type Verified = { readonly signature: 'valid'; readonly keyId: string; readonly content: CertificateContent } | { readonly signature: 'invalid'; readonly reason: string };

/**
 * Signs a certificate's content as a compact JWS (Ed25519) under the signing key's id (RFC 7515 §7.1). Built here
 * rather than with jose's CompactSign, whose base64url encoder in JavaScript took two thirds of an issuance's signing.
 */
export async function signCertificate(keys: CertificateKeys, content: CertificateContent): Promise<{ jws: string; keyId: string }> {
  const { keyId, key } = keys.signing;
  const signingInput = `${base64url(JSON.stringify({ alg: CERTIFICATE_ALGORITHM, kid: keyId, typ: CERTIFICATE_MEDIA_TYPE }))}.${base64url(JSON.stringify(content))}`;
  const signature = await crypto.subtle.sign('Ed25519', key, Buffer.from(signingInput, 'ascii'));
  return { jws: `${signingInput}.${Buffer.from(signature).toString('base64url')}`, keyId };
}

/** SHA-256 of the compact JWS, hex: what an issuance names, and what a holder matches its copy against. */
export function digestOf(jws: string): string {
  return createHash('sha256').update(jws).digest('hex');
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** What a recorded certificate states: its JWS's payload, read without checking a signature it was recorded with. */
export function signedContent(jws: string): CertificateContent {
  return JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8')) as CertificateContent;
}

/** Checks the signature against the key its header names, among every key the set holds, retired ones included. */
export async function verifyCertificate(keys: CertificateKeys, jws: string): Promise<Verified> {
  // jose decodes base64url leniently: the unused bits of a part's last character could change and still verify.
  if (!jws.split('.').every((part) => Buffer.from(part, 'base64url').toString('base64url') === part)) return { signature: 'invalid', reason: 'Not a canonical compact JWS' };
  let keyId: string | undefined;
  try {
    keyId = decodeProtectedHeader(jws).kid;
  } catch {
    return { signature: 'invalid', reason: 'Not a compact JWS' };
  }
  const key = keyId === undefined ? undefined : keys.verifying.get(keyId);
  if (!key || keyId === undefined) return { signature: 'invalid', reason: `No key ${keyId ?? '(none named)'} signs certificates here` };
  try {
    const { payload } = await compactVerify(jws, key, { algorithms: [CERTIFICATE_ALGORITHM] });
    return { signature: 'valid', keyId, content: JSON.parse(new TextDecoder().decode(payload)) as CertificateContent };
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof SyntaxError) return { signature: 'invalid', reason: 'The signature does not match the certificate' };
    throw error;
  }
}
