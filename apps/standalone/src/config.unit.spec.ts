import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, seedConfig, serviceConfig, SETTINGS, standaloneConfig, tokenConfig } from './config.js';
import { CONTEXTS, INTEGRATION_TOPICS } from './services/contexts.js';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n';

const DEFAULT_CUSTODY = { scans: { clockSkewMs: 300_000, factsFreshForMs: 1000, guidesRemembered: 2000 }, guideExpirySweepMs: 60_000 };

describe('standaloneConfig', () => {
  it('defaults to the embedded store and the local token keys under .data/standalone, on 127.0.0.1:3000', () => {
    expect(standaloneConfig({})).toEqual({
      eventStore: { databaseUrl: undefined, databasePoolSize: 6, eventStoreUrl: undefined, dataDir: resolve('.data/standalone/db'), schema: 'event_store', readModelSchema: 'read_models' },
      auth: { issuer: 'timber-trace', audience: 'timber-trace-api', key: { kind: 'local', dir: resolve('.data/standalone/keys') }, maxTokenLifetimeSeconds: 12 * 3600, failedAuthentications: { limit: 20, windowSeconds: 60 } },
      custody: DEFAULT_CUSTODY,
      sanctions: { deadlineCheckMs: 60_000 },
      certificates: { issuer: 'SERFOR', keys: { kind: 'local', dir: resolve('.data/standalone/keys') }, publicUrl: 'http://127.0.0.1:3000' },
      messaging: { faultKillAt: [] },
      contexts: CONTEXTS,
      observability: { logLevel: 'info', readyMaxLag: 10_000 },
      port: 3000,
      host: '127.0.0.1',
    });
  });

  it('reads the servers, folder, port, host and token issuer from the environment', () => {
    expect(
      standaloneConfig({
        DATABASE_URL: 'postgres://localhost/trace',
        DATABASE_POOL_SIZE: '12',
        EVENTSTORE_URL: 'esdb://127.0.0.1:2113?tls=false',
        DATA_DIR: '/var/lib/trace',
        PORT: '8080',
        HOST: '0.0.0.0',
        AUTH_JWKS_URL: 'https://id.example.pe/.well-known/jwks.json',
        AUTH_ISSUER: 'https://id.example.pe',
        AUTH_AUDIENCE: 'trace',
        AUTH_MAX_TOKEN_LIFETIME: '8h',
        AUTH_FAILURE_LIMIT: '5',
        AUTH_FAILURE_WINDOW: '10m',
        EVENT_STORE_SCHEMA: 'trace_events',
        READ_MODEL_SCHEMA: 'trace_read',
      }),
    ).toEqual({
      eventStore: {
        databaseUrl: 'postgres://localhost/trace',
        databasePoolSize: 12,
        eventStoreUrl: 'esdb://127.0.0.1:2113?tls=false',
        dataDir: '/var/lib/trace/db',
        schema: 'trace_events',
        readModelSchema: 'trace_read',
      },
      auth: { issuer: 'https://id.example.pe', audience: 'trace', key: { kind: 'jwks', url: 'https://id.example.pe/.well-known/jwks.json' },
        maxTokenLifetimeSeconds: 8 * 3600,
        failedAuthentications: { limit: 5, windowSeconds: 600 },
      },
      custody: DEFAULT_CUSTODY,
      sanctions: { deadlineCheckMs: 60_000 },
      certificates: { issuer: 'SERFOR', keys: { kind: 'local', dir: '/var/lib/trace/keys' }, publicUrl: 'http://127.0.0.1:8080' },
      messaging: { faultKillAt: [] },
      contexts: CONTEXTS,
      observability: { logLevel: 'info', readyMaxLag: 10_000 },
      port: 8080,
      host: '0.0.0.0',
    });
  });

  it('reads the certificate issuer, keys and public address, and refuses two key sources at once', () => {
    const keys = '{"keys":[]}';
    expect(standaloneConfig({ CERTIFICATE_ISSUER: 'ARFFS-UCAYALI', CERTIFICATE_KEYS: keys, CERTIFICATE_PUBLIC_URL: 'https://trace.serfor.gob.pe' }).certificates).toEqual({
      issuer: 'ARFFS-UCAYALI',
      keys: { kind: 'jwks', json: keys },
      publicUrl: 'https://trace.serfor.gob.pe',
    });
    expect(standaloneConfig({ CERTIFICATE_KEYS_FILE: '/run/secrets/certificate-keys.json' }).certificates.keys).toEqual({ kind: 'file', path: '/run/secrets/certificate-keys.json' });
    expect(() => standaloneConfig({ CERTIFICATE_KEYS: keys, CERTIFICATE_KEYS_FILE: '/run/secrets/certificate-keys.json' })).toThrow('Set only one of CERTIFICATE_KEYS, CERTIFICATE_KEYS_FILE');
  });

  it('stops on a pool size that is not a whole number of connections', () => {
    for (const size of ['0', '2.5', 'many']) expect(() => standaloneConfig({ DATABASE_POOL_SIZE: size })).toThrow(`DATABASE_POOL_SIZE must be an integer from 1 to 1000, got "${size}"`);
  });

  it('stops on a token lifetime or a failure limit that is not one', () => {
    expect(() => standaloneConfig({ AUTH_MAX_TOKEN_LIFETIME: 'forever' })).toThrow('AUTH_MAX_TOKEN_LIFETIME must be a whole number of s, m, h or d');
    expect(() => standaloneConfig({ AUTH_FAILURE_LIMIT: '0' })).toThrow('AUTH_FAILURE_LIMIT must be an integer from 1 to 1000000, got "0"');
  });

  it('keeps the local token keys in DATA_DIR', () => {
    expect(standaloneConfig({ DATA_DIR: '/var/lib/trace' }).auth.key).toEqual({ kind: 'local', dir: '/var/lib/trace/keys' });
  });

  it('takes an empty variable for an unset one', () => {
    expect(standaloneConfig({ DATABASE_URL: '', PORT: '', HOST: '' })).toMatchObject({ eventStore: { databaseUrl: undefined }, port: 3000, host: '127.0.0.1' });
  });

  it('reads how custody takes scans and sweeps guides, an empty value counting as unset', () => {
    const { custody } = standaloneConfig({ SCAN_CLOCK_SKEW_SECONDS: '60', SCAN_FACTS_FRESH_MS: '0', SCAN_GUIDES_REMEMBERED: '0', GUIDE_EXPIRY_SWEEP_MS: '', CASE_DEADLINE_CHECK_MS: '' });
    expect(custody).toEqual({ scans: { clockSkewMs: 60_000, factsFreshForMs: 0, guidesRemembered: 0 }, guideExpirySweepMs: 60_000 });
  });

  it.each([
    ['SCAN_CLOCK_SKEW_SECONDS', '1.5', 'a whole number, 0 or more'],
    ['SCAN_FACTS_FRESH_MS', '-3', 'a whole number, 0 or more'],
    ['SCAN_GUIDES_REMEMBERED', '1.5', 'a whole number, 0 or more'],
    ['GUIDE_EXPIRY_SWEEP_MS', 'fast', 'a whole number of milliseconds from 1000 to 2147483647'],
    ['GUIDE_EXPIRY_SWEEP_MS', '1.5', 'a whole number of milliseconds from 1000 to 2147483647'],
    ['GUIDE_EXPIRY_SWEEP_MS', '999', 'a whole number of milliseconds from 1000 to 2147483647'],
    ['GUIDE_EXPIRY_SWEEP_MS', '2147483648', 'a whole number of milliseconds from 1000 to 2147483647'],
    ['CASE_DEADLINE_CHECK_MS', '999', 'a whole number of milliseconds from 1000 to 2147483647'],
  ])('refuses %s=%s', (variable, value, expected) => {
    expect(() => standaloneConfig({ [variable]: value })).toThrow(`${variable} must be ${expected}, got "${value}"`);
  });

  it('arms the fault points FAULT_KILL_AT names only under NODE_ENV=test', () => {
    const armed = 'guide-issuance/GTF-2026-000123/dispatched/1, lot-lineage/L-1/carried/2';
    expect(standaloneConfig({ NODE_ENV: 'test', FAULT_KILL_AT: armed }).messaging).toEqual({ faultKillAt: ['guide-issuance/GTF-2026-000123/dispatched/1', 'lot-lineage/L-1/carried/2'] });
    expect(standaloneConfig({ NODE_ENV: 'production', FAULT_KILL_AT: armed }).messaging).toEqual({ faultKillAt: [] });
    expect(standaloneConfig({ FAULT_KILL_AT: armed }).messaging).toEqual({ faultKillAt: [] });
  });

  it('reads the log level and the lag readiness allows, and refuses a level pino does not know', () => {
    expect(standaloneConfig({ LOG_LEVEL: 'debug', READY_MAX_LAG: '500' }).observability).toEqual({ logLevel: 'debug', readyMaxLag: 500 });
    expect(() => standaloneConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"');
    expect(() => standaloneConfig({ READY_MAX_LAG: '0' })).toThrow('READY_MAX_LAG must be an integer from 1 to 1000000000, got "0"');
  });

  it.each(['http', '3000.5', '-1', '65536'])('refuses PORT=%s', (value) => {
    expect(() => standaloneConfig({ PORT: value })).toThrow(`PORT must be an integer from 0 to 65535, got "${value}"`);
  });

  it('names every refused setting in one error, with its value and what it takes', () => {
    expect(() => standaloneConfig({ PORT: 'http', DATABASE_POOL_SIZE: 'many', READ_MODEL_SCHEMA: 'read-models', SCAN_CLOCK_SKEW_SECONDS: 'abc' })).toThrow(
      new ConfigurationError([
        'DATABASE_POOL_SIZE must be an integer from 1 to 1000, got "many"',
        'READ_MODEL_SCHEMA must be a Postgres name: letters, digits and _, not starting with a digit, at most 63 characters, got "read-models"',
        'PORT must be an integer from 0 to 65535, got "http"',
        'SCAN_CLOCK_SKEW_SECONDS must be a whole number, 0 or more, got "abc"',
      ]),
    );
  });

  it('refuses a server URL of another kind, without showing its password', () => {
    expect(() => standaloneConfig({ DATABASE_URL: 'mysql://trace:s3cret@db/trace' })).toThrow('DATABASE_URL must be a postgres:// URL, got "mysql://trace:***@db/trace"');
    expect(() => standaloneConfig({ EVENTSTORE_URL: 'http://127.0.0.1:2113' })).toThrow('EVENTSTORE_URL must be an esdb:// or esdb+discover:// URL, got "http://127.0.0.1:2113"');
  });

  it('declares each variable once, every default one it takes', () => {
    const names = SETTINGS.map(({ name }) => name);
    expect(names).toEqual([...new Set(names)]);
    const refusedDefaults = SETTINGS.filter(({ fallback }) => fallback !== undefined).filter((declared) => declared.parse(declared.fallback!) === undefined);
    expect(refusedDefaults.map(({ name }) => name)).toEqual([]);
  });
});

describe('the auth settings', () => {
  const auth = (env: NodeJS.ProcessEnv) => standaloneConfig({ DATA_DIR: '/data', ...env }).auth;

  it('read how many refused tokens a client may present per window, and refuse what is not a count or a duration', () => {
    expect(auth({ AUTH_FAILURE_LIMIT: '5', AUTH_FAILURE_WINDOW: '15m' }).failedAuthentications).toEqual({ limit: 5, windowSeconds: 900 });
    for (const text of ['0', '-1', 'ten', '2.5']) {
      expect(() => auth({ AUTH_FAILURE_LIMIT: text })).toThrow(`AUTH_FAILURE_LIMIT must be an integer from 1 to 1000000, got "${text}"`);
    }
    expect(() => auth({ AUTH_FAILURE_WINDOW: '1 minute' })).toThrow('AUTH_FAILURE_WINDOW must be a whole number of s, m, h or d');
  });

  it('read the longest token lifetime accepted, and refuse what is not a duration', () => {
    expect(auth({ AUTH_MAX_TOKEN_LIFETIME: '30m' }).maxTokenLifetimeSeconds).toBe(1800);
    expect(auth({ AUTH_MAX_TOKEN_LIFETIME: '' }).maxTokenLifetimeSeconds).toBe(12 * 3600);
    for (const text of ['12', '0h', '1.5h', '12 hours']) {
      expect(() => auth({ AUTH_MAX_TOKEN_LIFETIME: text })).toThrow(`AUTH_MAX_TOKEN_LIFETIME must be a whole number of s, m, h or d (like 30m or 12h), got "${text}"`);
    }
  });

  it('read the issuer and audience, an empty variable counting as unset', () => {
    expect(auth({ AUTH_ISSUER: 'https://id.serfor.gob.pe', AUTH_AUDIENCE: '' })).toMatchObject({ issuer: 'https://id.serfor.gob.pe', audience: 'timber-trace-api' });
  });

  it('take a PEM from AUTH_PUBLIC_KEY, with "\\n" written out as in an env file', () => {
    expect(auth({ AUTH_PUBLIC_KEY: PEM }).key).toEqual({ kind: 'public_key', pem: PEM });
    expect(auth({ AUTH_PUBLIC_KEY: PEM.replaceAll('\n', '\\n') }).key).toEqual({ kind: 'public_key', pem: PEM });
  });

  it('take a PEM file from AUTH_PUBLIC_KEY_FILE', () => {
    expect(auth({ AUTH_PUBLIC_KEY_FILE: '/run/secrets/issuer.pem' }).key).toEqual({ kind: 'public_key_file', path: '/run/secrets/issuer.pem' });
  });

  it.each(['https://id.example.pe/jwks.json', 'http://localhost:8080/jwks.json', 'http://127.0.0.1/jwks.json'])('take the JWKS URL %s', (url) => {
    expect(auth({ AUTH_JWKS_URL: url }).key).toEqual({ kind: 'jwks', url });
  });

  it.each(['http://id.example.pe/jwks.json', 'ftp://id.example.pe/jwks.json', 'not a url'])('refuse the JWKS URL %s', (url) => {
    expect(() => auth({ AUTH_JWKS_URL: url })).toThrow(`AUTH_JWKS_URL must be an https URL (http only for localhost), got "${url}"`);
  });

  it('refuse two key sources at once, with the other refused settings', () => {
    expect(() => auth({ AUTH_PUBLIC_KEY: PEM, AUTH_JWKS_URL: 'https://id.example.pe/jwks.json', PORT: 'http' })).toThrow(
      new ConfigurationError(['PORT must be an integer from 0 to 65535, got "http"', 'Set only one of AUTH_PUBLIC_KEY, AUTH_PUBLIC_KEY_FILE, AUTH_JWKS_URL; got AUTH_PUBLIC_KEY and AUTH_JWKS_URL']),
    );
  });
});

describe('tokenConfig', () => {
  it('reads the auth settings and DATA_DIR as the app does, and nothing else', () => {
    expect(tokenConfig({ DATA_DIR: '/var/lib/trace', AUTH_ISSUER: 'trace', PORT: 'not read here' })).toEqual(standaloneConfig({ DATA_DIR: '/var/lib/trace', AUTH_ISSUER: 'trace' }).auth);
    expect(() => tokenConfig({ AUTH_MAX_TOKEN_LIFETIME: 'forever' })).toThrow('AUTH_MAX_TOKEN_LIFETIME must be a whole number of s, m, h or d');
  });
});

describe('seedConfig', () => {
  const url = (env: NodeJS.ProcessEnv) => seedConfig(env).url;

  it('looks where `npm start` listens by default, and starts the app `npm start` would', () => {
    expect(seedConfig({})).toEqual({ url: 'http://127.0.0.1:3000', app: standaloneConfig({}) });
  });

  it('follows PORT and HOST as the app does, an empty one meaning unset', () => {
    expect(url({ PORT: '3100', HOST: 'trace.local' })).toBe('http://trace.local:3100');
    expect(url({ PORT: '', HOST: '' })).toBe('http://127.0.0.1:3000');
  });

  it('takes SEED_URL before PORT and HOST', () => {
    expect(url({ SEED_URL: 'https://trace.example.pe/api', PORT: '3100' })).toBe('https://trace.example.pe/api');
    expect(url({ SEED_URL: '', PORT: '3100' })).toBe('http://127.0.0.1:3100');
  });

  it('reaches an app listening on every interface on loopback, and brackets an IPv6 host', () => {
    expect(url({ HOST: '0.0.0.0', PORT: '3100' })).toBe('http://127.0.0.1:3100');
    expect(url({ HOST: '::' })).toBe('http://[::1]:3000');
    expect(url({ HOST: 'fe80::1' })).toBe('http://[fe80::1]:3000');
  });

  it('stops on a PORT the app would refuse or a SEED_URL that is not one, both at once', () => {
    expect(() => seedConfig({ PORT: 'http', SEED_URL: 'trace.example.pe' })).toThrow(
      new ConfigurationError(['PORT must be an integer from 0 to 65535, got "http"', 'SEED_URL must be an http:// or https:// URL, got "trace.example.pe"']),
    );
  });
});

describe('serviceConfig', () => {
  it('runs one context with reference data over Kafka, on its own schemas, folder and port, with the token keys the services share', () => {
    const config = serviceConfig('custody', { KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094' });
    expect(config).toMatchObject({ contexts: ['reference-data', 'custody'], port: 3003, eventStore: { schema: 'custody_events', readModelSchema: 'custody_read_models', dataDir: resolve('.data/services/custody/db') } });
    expect(config.auth.key).toEqual({ kind: 'local', dir: resolve('.data/services/keys') });
    expect(config.messaging.kafka).toEqual({ brokers: ['127.0.0.1:9092', '127.0.0.1:9094'], clientId: 'custody', topics: INTEGRATION_TOPICS, namespace: 'timber', partitions: 8 });
    expect(serviceConfig('reference-data', { KAFKA_BROKERS: 'k:9092', PORT: '4000', EVENT_STORE_SCHEMA: 'ref' })).toMatchObject({ contexts: ['reference-data'], port: 4000, eventStore: { schema: 'ref', readModelSchema: 'reference_data_read_models' } });
  });

  it('refuses to start a service without brokers: it would never hear from the other contexts', () => {
    expect(() => serviceConfig('sanctions', {})).toThrow(ConfigurationError);
    expect(() => serviceConfig('sanctions', {})).toThrow(/KAFKA_BROKERS/);
  });

  it('puts the standalone app on Kafka too when brokers are named', () => {
    expect(standaloneConfig({ KAFKA_BROKERS: '127.0.0.1:9092' }).messaging.kafka).toMatchObject({ clientId: 'standalone', brokers: ['127.0.0.1:9092'] });
  });
});
