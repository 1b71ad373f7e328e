import { join } from 'node:path';
import type { AuthConfig } from '#auth';
import type { CertificatesSettings } from '#certificates';
import type { CustodySettings } from '#custody';
import type { StorageConfig } from '#event-store';
import type { MessagingOptions } from '#messaging';
import type { ObservabilityOptions } from '#observability';
import type { SanctionsSettings } from '#sanctions';
import { AUTH_SETTINGS, authConfig, oneKeySource } from './settings/auth.settings.js';
import { CERTIFICATES_SETTINGS, certificatesSettings, oneCertificateKeySource } from './settings/certificates.settings.js';
import { CUSTODY_SETTINGS, custodySettings } from './settings/custody.settings.js';
import { FAULT_SETTINGS, faultKillAt } from './settings/faults.settings.js';
import { HTTP_SETTINGS } from './settings/http.settings.js';
import { OBSERVABILITY_SETTINGS, observabilityOptions } from './settings/observability.settings.js';
import { SEED_SETTINGS, reachableUrl } from './settings/seed.settings.js';
import { SANCTIONS_SETTINGS, sanctionsSettings } from './settings/sanctions.settings.js';
import { readSettings, type Setting, type Values } from './settings/setting.js';
import { STORAGE_SETTINGS } from './settings/storage.settings.js';

export { ConfigurationError } from './settings/setting.js';

export interface StandaloneConfig {
  readonly eventStore: StorageConfig;
  readonly auth: AuthConfig;
  readonly custody: CustodySettings;
  readonly sanctions: SanctionsSettings;
  readonly certificates: CertificatesSettings;
  readonly messaging: MessagingOptions;
  readonly observability: ObservabilityOptions;
  readonly port: number;
  readonly host: string;
}

const APP_SETTINGS = { ...STORAGE_SETTINGS, ...HTTP_SETTINGS, ...AUTH_SETTINGS, ...CUSTODY_SETTINGS, ...SANCTIONS_SETTINGS, ...CERTIFICATES_SETTINGS, ...OBSERVABILITY_SETTINGS, ...FAULT_SETTINGS } as const;

/** Every setting declared, each once: what the README's configuration table lists. */
export const SETTINGS: readonly Setting<unknown>[] = Object.values({ ...APP_SETTINGS, ...SEED_SETTINGS });

/** Reads the environment once at start; bad values stop the process, all named in one error, before anything listens. */
export function standaloneConfig(env: NodeJS.ProcessEnv = process.env): StandaloneConfig {
  return appConfig(readSettings(env, APP_SETTINGS, () => [...oneKeySource(env), ...oneCertificateKeySource(env)]));
}

function appConfig(settings: Values<typeof APP_SETTINGS>): StandaloneConfig {
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
    auth: authConfig(settings, settings.dataDir),
    custody: custodySettings(settings),
    sanctions: sanctionsSettings(settings),
    certificates: certificatesSettings(settings, settings.dataDir, settings),
    messaging: { faultKillAt: faultKillAt(settings) },
    observability: observabilityOptions(settings),
    port: settings.port,
    host: settings.host,
  };
}

export interface SeedConfig {
  /** Where the seed looks for the app: SEED_URL, else where `npm start` listens with the same PORT and HOST. */
  readonly url: string;
  /** The app the seed starts when none answers there, and whose keys sign its tokens. */
  readonly app: StandaloneConfig;
}

/** What `npm run seed` reads: the app's configuration, as `npm start` reads it, and SEED_URL. */
export function seedConfig(env: NodeJS.ProcessEnv = process.env): SeedConfig {
  const settings = readSettings(env, { ...APP_SETTINGS, ...SEED_SETTINGS }, () => [...oneKeySource(env), ...oneCertificateKeySource(env)]);
  return { url: settings.seedUrl ?? reachableUrl(settings.host, settings.port), app: appConfig(settings) };
}

/** What `npm run token` reads, as the app reads it: the auth settings and the folder of the local key pair. */
export function tokenConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const settings = readSettings(env, { dataDir: STORAGE_SETTINGS.dataDir, ...AUTH_SETTINGS }, () => oneKeySource(env));
  return authConfig(settings, settings.dataDir);
}
