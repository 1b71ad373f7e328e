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
import { MESSAGING_SETTINGS } from './settings/messaging.settings.js';
import { STORAGE_SETTINGS } from './settings/storage.settings.js';
import { CONTEXTS, type ContextName, INTEGRATION_TOPICS } from './services/contexts.js';

import { ConfigurationError } from './settings/setting.js';

export { ConfigurationError };
export { tokenConfig } from './token/token-config.js';

export interface StandaloneConfig {
  readonly eventStore: StorageConfig;
  readonly auth: AuthConfig;
  readonly custody: CustodySettings;
  readonly sanctions: SanctionsSettings;
  readonly certificates: CertificatesSettings;
  readonly messaging: MessagingOptions;
  readonly observability: ObservabilityOptions;
  /** The contexts this process runs: every one, or one (with reference data) as a service of its own. */
  readonly contexts: readonly ContextName[];
  readonly port: number;
  readonly host: string;
}

const APP_SETTINGS = { ...STORAGE_SETTINGS, ...HTTP_SETTINGS, ...AUTH_SETTINGS, ...CUSTODY_SETTINGS, ...SANCTIONS_SETTINGS, ...CERTIFICATES_SETTINGS, ...MESSAGING_SETTINGS, ...OBSERVABILITY_SETTINGS, ...FAULT_SETTINGS } as const;

/** Every setting declared, each once: what the README's configuration table lists. */
export const SETTINGS: readonly Setting<unknown>[] = Object.values({ ...APP_SETTINGS, ...SEED_SETTINGS });

/** Reads the environment once at start; bad values stop the process, all named in one error, before anything listens. */
export function standaloneConfig(env: NodeJS.ProcessEnv = process.env): StandaloneConfig {
  return appConfig(readSettings(env, APP_SETTINGS, () => [...oneKeySource(env), ...oneCertificateKeySource(env)]));
}

/** Where each context listens when it runs as a service of its own, beside the others on one machine. */
const SERVICE_PORTS: Record<ContextName, number> = { 'reference-data': 3001, harvest: 3002, custody: 3003, processing: 3004, sanctions: 3005, certificates: 3006 };

/**
 * One context as a service of its own (with reference data, read by all): its own schemas and data folder by
 * default, over Kafka; the services of one machine share the token keys of `.data/services/keys`.
 */
export function serviceConfig(context: ContextName, env: NodeJS.ProcessEnv = process.env): StandaloneConfig {
  const schema = context.replaceAll('-', '_');
  const defaults = { DATA_DIR: `.data/services/${context}`, EVENT_STORE_SCHEMA: `${schema}_events`, READ_MODEL_SCHEMA: `${schema}_read_models`, PORT: String(SERVICE_PORTS[context]) };
  const settings = readSettings({ ...defaults, ...env }, APP_SETTINGS, () => [...oneKeySource(env), ...oneCertificateKeySource(env)]);
  if (!settings.kafkaBrokers?.length) throw new ConfigurationError([`KAFKA_BROKERS: the ${context} service reaches the other contexts over Kafka; name its brokers`]);
  const contexts: ContextName[] = context === 'reference-data' ? ['reference-data'] : ['reference-data', context];
  return appConfig(settings, contexts, context, join(settings.dataDir, '..'));
}

function appConfig(settings: Values<typeof APP_SETTINGS>, contexts: readonly ContextName[] = CONTEXTS, service = 'standalone', keysDir = settings.dataDir): StandaloneConfig {
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
    auth: authConfig(settings, keysDir),
    custody: custodySettings(settings),
    sanctions: sanctionsSettings(settings),
    certificates: certificatesSettings(settings, settings.dataDir, settings),
    messaging: {
      faultKillAt: faultKillAt(settings),
      ...(settings.kafkaBrokers ? { kafka: { brokers: settings.kafkaBrokers, clientId: service, topics: INTEGRATION_TOPICS, namespace: settings.kafkaNamespace, partitions: settings.kafkaPartitions } } : {}),
    },
    contexts,
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
