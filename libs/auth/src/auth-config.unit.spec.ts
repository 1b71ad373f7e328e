import { describe, expect, it } from '@jest/globals';
import { authConfig } from './auth-config.js';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n';

describe('authConfig', () => {
  it('defaults to issuer timber-trace, audience timber-trace-api and the local key pair in <dataDir>/keys', () => {
    expect(authConfig({}, '/data')).toEqual({ issuer: 'timber-trace', audience: 'timber-trace-api', key: { kind: 'local', dir: '/data/keys' } });
  });

  it('reads the issuer and audience, an empty variable counting as unset', () => {
    expect(authConfig({ AUTH_ISSUER: 'https://id.serfor.gob.pe', AUTH_AUDIENCE: '' }, '/data')).toMatchObject({
      issuer: 'https://id.serfor.gob.pe',
      audience: 'timber-trace-api',
    });
  });

  it('takes a PEM from AUTH_PUBLIC_KEY, with "\\n" written out as in an env file', () => {
    expect(authConfig({ AUTH_PUBLIC_KEY: PEM }, '/data').key).toEqual({ kind: 'public_key', pem: PEM });
    expect(authConfig({ AUTH_PUBLIC_KEY: PEM.replaceAll('\n', '\\n') }, '/data').key).toEqual({ kind: 'public_key', pem: PEM });
  });

  it('takes a PEM file from AUTH_PUBLIC_KEY_FILE', () => {
    expect(authConfig({ AUTH_PUBLIC_KEY_FILE: '/run/secrets/issuer.pem' }, '/data').key).toEqual({ kind: 'public_key_file', path: '/run/secrets/issuer.pem' });
  });

  it.each(['https://id.example.pe/jwks.json', 'http://localhost:8080/jwks.json', 'http://127.0.0.1/jwks.json'])('takes the JWKS URL %s', (url) => {
    expect(authConfig({ AUTH_JWKS_URL: url }, '/data').key).toEqual({ kind: 'jwks', url });
  });

  it.each(['http://id.example.pe/jwks.json', 'ftp://id.example.pe/jwks.json', 'not a url'])('refuses the JWKS URL %s', (url) => {
    expect(() => authConfig({ AUTH_JWKS_URL: url }, '/data')).toThrow(`AUTH_JWKS_URL must be an https URL (http only for localhost), got "${url}"`);
  });

  it('refuses two key sources at once', () => {
    expect(() => authConfig({ AUTH_PUBLIC_KEY: PEM, AUTH_JWKS_URL: 'https://id.example.pe/jwks.json' }, '/data')).toThrow(
      'Set only one of AUTH_PUBLIC_KEY, AUTH_PUBLIC_KEY_FILE, AUTH_JWKS_URL; got AUTH_PUBLIC_KEY and AUTH_JWKS_URL',
    );
  });
});
