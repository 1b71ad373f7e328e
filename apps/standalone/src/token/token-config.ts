import type { AuthConfig } from '#auth/cli';
import { AUTH_SETTINGS, authConfig, oneKeySource } from '../settings/auth.settings.js';
import { readSettings } from '../settings/setting.js';
import { STORAGE_SETTINGS } from '../settings/storage.settings.js';

// Apart from config.ts, which loads every context's module to know the topics: the token command would wait a second for them.
/** What `npm run token` reads, as the app reads it: the auth settings and the folder of the local key pair. */
export function tokenConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const settings = readSettings(env, { dataDir: STORAGE_SETTINGS.dataDir, ...AUTH_SETTINGS }, () => oneKeySource(env));
  return authConfig(settings, settings.dataDir);
}
