import { join } from 'node:path';
import { authConfig, type AuthConfig } from '#auth';
import type { CustodySettings } from '#custody';
import type { StorageConfig } from '#event-store';
import { CUSTODY_SETTINGS, custodySettings } from './settings/custody.settings.js';
import { HTTP_SETTINGS } from './settings/http.settings.js';
import { ConfigurationError, readSettings, type Setting } from './settings/setting.js';
import { STORAGE_SETTINGS } from './settings/storage.settings.js';

export { ConfigurationError } from './settings/setting.js';

export interface StandaloneConfig {
  readonly eventStore: StorageConfig;
  readonly auth: AuthConfig;
  readonly custody: CustodySettings;
  readonly port: number;
  readonly host: string;
}

const APP_SETTINGS = { ...STORAGE_SETTINGS, ...HTTP_SETTINGS, ...CUSTODY_SETTINGS } as const;

/** Every setting declared, each once: what the README's configuration table lists. */
export const SETTINGS: readonly Setting<unknown>[] = Object.values(APP_SETTINGS);

/** Reads the environment once at start; bad values stop the process, all named in one error, before anything listens. */
export function standaloneConfig(env: NodeJS.ProcessEnv = process.env): StandaloneConfig {
  const problems: string[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      problems.push(...(error instanceof ConfigurationError ? error.problems : [error instanceof Error ? error.message : String(error)]));
      return undefined;
    }
  };
  const settings = attempt(() => readSettings(env, APP_SETTINGS));
  const auth = attempt(() => authConfig(env, settings?.dataDir ?? ''));
  if (settings === undefined || auth === undefined) throw new ConfigurationError(problems);
  return {
    eventStore: {
      databaseUrl: settings.databaseUrl,
      databasePoolSize: settings.databasePoolSize,
      eventStoreUrl: settings.eventStoreUrl,
      // The database gets a folder of its own beside the signing keys.
      dataDir: join(settings.dataDir, 'db'),
      schema: settings.eventStoreSchema,
      readModelSchema: settings.readModelSchema,
    },
    auth,
    custody: custodySettings(settings),
    port: settings.port,
    host: settings.host,
  };
}
