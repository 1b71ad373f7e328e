import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { standaloneConfig } from './config.js';

describe('standaloneConfig', () => {
  it('defaults to the embedded store under .data/standalone, on 127.0.0.1:3000', () => {
    expect(standaloneConfig({})).toEqual({
      eventStore: { databaseUrl: undefined, eventStoreUrl: undefined, dataDir: resolve('.data/standalone') },
      port: 3000,
      host: '127.0.0.1',
    });
  });

  it('reads the servers, folder, port and host from the environment', () => {
    expect(
      standaloneConfig({
        DATABASE_URL: 'postgres://localhost/trace',
        EVENTSTORE_URL: 'esdb://127.0.0.1:2113?tls=false',
        DATA_DIR: '/var/lib/trace',
        PORT: '8080',
        HOST: '0.0.0.0',
      }),
    ).toEqual({
      eventStore: { databaseUrl: 'postgres://localhost/trace', eventStoreUrl: 'esdb://127.0.0.1:2113?tls=false', dataDir: '/var/lib/trace' },
      port: 8080,
      host: '0.0.0.0',
    });
  });

  it('takes an empty variable for an unset one', () => {
    expect(standaloneConfig({ DATABASE_URL: '', PORT: '', HOST: '' })).toMatchObject({ eventStore: { databaseUrl: undefined }, port: 3000, host: '127.0.0.1' });
  });

  it.each(['http', '3000.5', '-1', '65536'])('refuses PORT=%s', (value) => {
    expect(() => standaloneConfig({ PORT: value })).toThrow(`PORT must be an integer from 0 to 65535, got "${value}"`);
  });
});
