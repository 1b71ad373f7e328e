import { beforeAll, describe, expect, it } from '@jest/globals';
import { base64url, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { CertificateContent } from '../domain/certificate-content.js';
import { type CertificateKeys, loadCertificateKeys, newCertificateKey } from './certificate-keys.js';
import { signCertificate, verifyCertificate } from './certificate-signer.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const content = (certificateId: string): CertificateContent => ({
  certificateId,
  issuer: 'SERFOR',
  issuedAt: '2026-06-01T10:00:00-05:00',
  exporterTaxId: '20555666777',
  productLot: { lotId: 'S-1', productType: 'sawn_wood', species: { scientificName: 'Cedrela odorata', commonNames: ['cedro'] }, quantity: { value: 7.2, unit: 'm3' } },
  harvest: { from: '2026-05-01', to: '2026-05-02' },
  origins: [{ permitId: 'P-1', planId: 'POA-6', holderTaxId: '20481234567', species: ['Cedrela odorata'], volumeM3: 16 }],
  plots: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-74.512345, -8.401234] },
        properties: { lotId: 'L-1', permitId: 'P-1', planId: 'POA-6', species: 'Cedrela odorata', harvestDate: '2026-05-01', volumeM3: 10 },
      },
    ],
  },
  chainOfCustody: { ancestorLots: 2, extractedLots: 2, levels: 1, transformations: [], guides: [], confiscatedOrigins: [] },
});

const publicOnly = ({ kty, crv, x, kid }: JWK): JWK => ({ kty, crv, x, ...(kid === undefined ? {} : { kid }) });
const load = (keys: readonly JWK[]) => loadCertificateKeys({ kind: 'jwks', json: JSON.stringify({ keys }) });

/** The compact JWS with the character at `index` replaced; never the dots between its parts. */
const replaced = (jws: string, index: number, by: string) => `${jws.slice(0, index)}${by}${jws.slice(index + 1)}`;

/** Another base64url character whose top bit differs: a bit every position's decoding uses, the last one's included. */
const flipped = (character: string) => BASE64URL[BASE64URL.indexOf(character) ^ 0b100000]!;

describe('signing and verifying a certificate', () => {
  let key1: JWK;
  let key2: JWK;
  let setA: CertificateKeys;

  beforeAll(async () => {
    key1 = await newCertificateKey();
    key2 = await newCertificateKey();
    setA = await load([key1]);
  });

  it('verifies what it signed, with its content and the key that signed it', async () => {
    const { jws, keyId } = await signCertificate(setA, content('CERT-1'));
    expect(keyId).toBe(key1.kid);
    expect(jws.split('.')).toHaveLength(3);
    expect(await verifyCertificate(setA, jws)).toEqual({ signature: 'valid', keyId: key1.kid, content: content('CERT-1') });
  });

  it('finds any character changed, in the header, the payload or the signature', async () => {
    const { jws } = await signCertificate(setA, content('CERT-1'));
    let changed = 0;
    for (let index = 0; index < jws.length; index++) {
      if (jws[index] === '.') continue;
      const tampered = replaced(jws, index, flipped(jws[index]!));
      expect(tampered).not.toBe(jws);
      expect({ index, verified: await verifyCertificate(setA, tampered) }).toMatchObject({ index, verified: { signature: 'invalid' } });
      changed++;
    }
    expect(changed).toBe(jws.length - 2);
  });

  it('finds any character of the signature replaced by any other, its last included', async () => {
    const { jws } = await signCertificate(setA, content('CERT-1'));
    const accepted: string[] = [];
    for (let index = jws.lastIndexOf('.') + 1; index < jws.length; index++) {
      for (const other of BASE64URL) {
        if (other === jws[index]) continue;
        if ((await verifyCertificate(setA, replaced(jws, index, other))).signature === 'valid') accepted.push(`${index}:${jws[index]}->${other}`);
      }
    }
    expect(accepted).toEqual([]);
  }, 30_000);

  it('answers invalid for what is not a compact JWS', async () => {
    expect(await verifyCertificate(setA, 'not a certificate')).toMatchObject({ signature: 'invalid' });
    const { jws } = await signCertificate(setA, content('CERT-1'));
    expect(await verifyCertificate(setA, jws.split('.').slice(0, 2).join('.'))).toMatchObject({ signature: 'invalid' });
  });

  it('answers invalid for a JWS whose key id names no key of the set', async () => {
    const stranger = await load([await newCertificateKey()]);
    const { jws, keyId } = await signCertificate(stranger, content('CERT-1'));
    expect(await verifyCertificate(setA, jws)).toEqual({ signature: 'invalid', reason: expect.stringContaining(keyId) });
  });

  it('answers invalid for a JWS naming a key of the set under another algorithm, or none', async () => {
    const payload = new TextEncoder().encode(JSON.stringify(content('CERT-1')));
    // The public key's bytes as an HMAC secret: what an attacker who read the JWK Set holds.
    const hmac = await new CompactSign(payload).setProtectedHeader({ alg: 'HS256', kid: key1.kid! }).sign(base64url.decode(key1.x!));
    expect(await verifyCertificate(setA, hmac)).toMatchObject({ signature: 'invalid' });
    const unsigned = `${base64url.encode(JSON.stringify({ alg: 'none', kid: key1.kid }))}.${base64url.encode(payload)}.`;
    expect(await verifyCertificate(setA, unsigned)).toMatchObject({ signature: 'invalid' });
  });

  it('answers invalid, without throwing, for a payload signed by a key of the set that is not JSON', async () => {
    const jws = await new CompactSign(new TextEncoder().encode('not json')).setProtectedHeader({ alg: 'EdDSA', kid: key1.kid! }).sign(setA.signing.key);
    expect(await verifyCertificate(setA, jws)).toMatchObject({ signature: 'invalid' });
  });

  it('answers invalid for a JWS signed by another key under a key id of the set', async () => {
    const impostor = await load([{ ...key2, kid: key1.kid }]);
    const { jws } = await signCertificate(impostor, content('CERT-1'));
    expect(await verifyCertificate(setA, jws)).toMatchObject({ signature: 'invalid' });
  });
});

describe('rotating the keys', () => {
  it('a new key signs, the old one, public only, still verifies what it signed; the set publishes no private part', async () => {
    const key1 = await newCertificateKey();
    const key2 = await newCertificateKey();
    const setA = await load([key1]);
    const c1 = await signCertificate(setA, content('CERT-1'));

    const setB = await load([key2, publicOnly(key1)]);
    expect(await verifyCertificate(setB, c1.jws)).toEqual({ signature: 'valid', keyId: key1.kid, content: content('CERT-1') });
    const c2 = await signCertificate(setB, content('CERT-2'));
    expect(c2.keyId).toBe(key2.kid);
    expect(await verifyCertificate(setB, c2.jws)).toEqual({ signature: 'valid', keyId: key2.kid, content: content('CERT-2') });
    // The old set never knew the new key.
    expect(await verifyCertificate(setA, c2.jws)).toMatchObject({ signature: 'invalid' });

    expect(setB.jwks.keys.map((jwk) => jwk.kid)).toEqual([key2.kid, key1.kid]);
    for (const jwk of setB.jwks.keys) {
      expect(jwk).not.toHaveProperty('d');
      expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    }
    expect(setB.jwks.keys.map((jwk) => jwk.x)).toEqual([key2.x, key1.x]);
  });

  it('signs with the first key holding a private part, whatever public keys stand before it', async () => {
    const [key1, key2, key3] = await Promise.all([newCertificateKey(), newCertificateKey(), newCertificateKey()]);
    const keys = await load([publicOnly(key1), key2, key3]);
    expect(keys.signing.keyId).toBe(key2.kid);
    expect([...keys.verifying.keys()]).toEqual([key1.kid, key2.kid, key3.kid]);
    const { jws } = await signCertificate(keys, content('CERT-3'));
    expect(await verifyCertificate(await load([key3, publicOnly(key2)]), jws)).toEqual({ signature: 'valid', keyId: key2.kid, content: content('CERT-3') });
  });

  it('names a key without an id by its thumbprint', async () => {
    const { kid, ...unnamed } = await newCertificateKey();
    const keys = await load([unnamed]);
    expect(keys.signing.keyId).toBe(kid);
    expect(keys.jwks.keys[0]!.kid).toBe(kid);
  });

  it('refuses a set with no private key to sign with', async () => {
    const key1 = await newCertificateKey();
    await expect(load([publicOnly(key1)])).rejects.toThrow(/no private key/);
  });

  it('refuses an empty set, or no set at all', async () => {
    await expect(load([])).rejects.toThrow(/JWK Set/);
    await expect(loadCertificateKeys({ kind: 'jwks', json: JSON.stringify(await newCertificateKey()) })).rejects.toThrow(/JWK Set/);
  });

  it('refuses a key that is not Ed25519, even behind an Ed25519 one', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const p256 = await exportJWK(privateKey);
    await expect(load([p256])).rejects.toThrow(/Ed25519/);
    await expect(load([await newCertificateKey(), p256])).rejects.toThrow(/Ed25519/);
    const { privateKey: x25519 } = await generateKeyPair('ECDH-ES', { crv: 'X25519', extractable: true });
    await expect(load([await exportJWK(x25519)])).rejects.toThrow(/Ed25519/);
  });
});
