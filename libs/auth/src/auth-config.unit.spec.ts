import { describe, expect, it } from '@jest/globals';
import { authConfig } from './auth-config.js';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n';

describe('authConfig', () => {
  it('defaults to issuer timber-trace, audience timber-trace-api and the local key pair in <dataDir>/keys', () => {
    expect(authConfig({}, '/data')).toEqual({
      issuer: 'timber-trace',
      audience: 'timber-trace-api',
      key: { kind: 'local', dir: '/data/keys' },
      maxTokenLifetimeSeconds: 12 * 3600,
      failedAuthentications: { limit: 20, windowSeconds: 60 },
    });
  });

  it('reads how many refused tokens a client may present per window, and refuses what is not a count or a duration', () => {
    expect(authConfig({ AUTH_FAILURE_LIMIT: '5', AUTH_FAILURE_WINDOW: '15m' }, '/data').failedAuthentications).toEqual({ limit: 5, windowSeconds: 900 });
    for (const text of ['0', '-1', 'ten', '2.5']) {
      expect(() => authConfig({ AUTH_FAILURE_LIMIT: text }, '/data')).toThrow(`AUTH_FAILURE_LIMIT must be an integer from 1 to 1000000, got "${text}"`);
    }
    expect(() => authConfig({ AUTH_FAILURE_WINDOW: '1 minute' }, '/data')).toThrow('AUTH_FAILURE_WINDOW must be a whole number of s, m, h or d');
  });

  it('reads the longest token lifetime accepted from AUTH_MAX_TOKEN_LIFETIME, and refuses what is not a duration', () => {
    expect(authConfig({ AUTH_MAX_TOKEN_LIFETIME: '30m' }, '/data').maxTokenLifetimeSeconds).toBe(1800);
    expect(authConfig({ AUTH_MAX_TOKEN_LIFETIME: '' }, '/data').maxTokenLifetimeSeconds).toBe(12 * 3600);
    for (const text of ['12', '0h', '1.5h', '12 hours']) {
      expect(() => authConfig({ AUTH_MAX_TOKEN_LIFETIME: text }, '/data')).toThrow(`AUTH_MAX_TOKEN_LIFETIME must be a whole number of s, m, h or d (like 30m or 12h), got "${text}"`);
    }
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
