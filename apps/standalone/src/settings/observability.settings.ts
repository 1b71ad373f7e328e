import type { ObservabilityOptions } from '#observability';
import type { LevelWithSilent } from 'pino';
import { integer } from './setting-kinds.js';
import { type Kind, setting, type Values } from './setting.js';

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const logLevel: Kind<LevelWithSilent> = {
  expected: `one of ${LOG_LEVELS.join(', ')}`,
  parse: (value) => LOG_LEVELS.find((level) => level === value),
};

/** What an operator reads of the running app: its logs, and when it says it is ready. */
export const OBSERVABILITY_SETTINGS = {
  logLevel: setting({
    name: 'LOG_LEVEL',
    fallback: 'info',
    meaning: 'the least severe log line written (JSON on stdout): `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`',
    ...logLevel,
  }),
  readyMaxLag: setting({
    name: 'READY_MAX_LAG',
    fallback: '10000',
    meaning: 'messages (in-process: events of the store) a consumer may be behind before `GET /health/ready` answers 503',
    ...integer(1, 1_000_000_000),
  }),
} as const;

export function observabilityOptions({ logLevel, readyMaxLag }: Values<typeof OBSERVABILITY_SETTINGS>): ObservabilityOptions {
  return { logLevel, readyMaxLag };
}
