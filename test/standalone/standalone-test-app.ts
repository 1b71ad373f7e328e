import type { INestApplication, LoggerService, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { readyApp } from '#http';
import { AppModule } from '../../apps/standalone/src/app.module.js';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { configureStandaloneApp, STANDALONE_APP_OPTIONS, standaloneHttpAdapter } from '../../apps/standalone/src/create-standalone-app.js';

export interface TestAppOptions {
  controllers?: Type[];
  logger?: LoggerService | false;
  /** Extra environment, e.g. from `postgresTestEnv` to run on a real Postgres instead of the embedded store. */
  env?: NodeJS.ProcessEnv;
}

/** The real standalone app on a store in `dataDir` (embedded unless `env` names a server), with test controllers mounted beside it. */
export async function standaloneTestApp(dataDir: string, { controllers = [], logger = false, env = {} }: TestAppOptions = {}): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    // Suites take cases through their deadlines by hand: the scheduled check runs only where a suite sets its interval.
    // No log lines unless a suite asks: Jest's output stays the tests'.
    imports: [AppModule.forRoot(standaloneConfig({ DATA_DIR: dataDir, CASE_DEADLINE_CHECK_MS: '2147483647', LOG_LEVEL: 'silent', ...env }))],
    controllers,
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(standaloneHttpAdapter(), { ...STANDALONE_APP_OPTIONS, logger });
  configureStandaloneApp(app);
  // A suite that brings a logger reads what the app logs: it replaces the JSON logger production uses.
  if (logger) app.useLogger(logger);
  return readyApp(app);
}
