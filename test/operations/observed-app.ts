import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { DestinationStream } from 'pino';
import { BUS_LAG, type LagSource } from '#observability';
import { readyApp } from '#http';
import { AppModule } from '../../apps/standalone/src/app.module.js';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { configureStandaloneApp, STANDALONE_APP_OPTIONS, standaloneHttpAdapter } from '../../apps/standalone/src/create-standalone-app.js';

export interface ObservedAppOptions {
  /** Modules beside AppModule, e.g. a global one providing `BROKER_HEALTH` as a broker's adapter would. */
  readonly imports?: (Type | DynamicModule)[];
  /** Lag told in place of the in-process bus's own, as a broker's consumer groups would tell it. */
  readonly lagSource?: LagSource;
  readonly controllers?: Type[];
  readonly env?: NodeJS.ProcessEnv;
  /** Where the JSON log lines go: a suite reading them gets them at `info`, else none are written. */
  readonly logs?: DestinationStream;
}

/** The real standalone app on an embedded store in `dataDir`, with what an operations suite puts beside it. */
export async function observedApp(dataDir: string, { imports = [], controllers = [], env = {}, logs, lagSource }: ObservedAppOptions = {}): Promise<INestApplication> {
  const config = standaloneConfig({ DATA_DIR: dataDir, CASE_DEADLINE_CHECK_MS: '2147483647', LOG_LEVEL: logs ? 'info' : 'silent', ...env });
  const builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ ...config, observability: { ...config.observability, logDestination: logs } }), ...imports],
    controllers,
  });
  const moduleRef = await (lagSource ? builder.overrideProvider(BUS_LAG).useValue(lagSource) : builder).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(standaloneHttpAdapter(), { ...STANDALONE_APP_OPTIONS, logger: false });
  configureStandaloneApp(app);
  return readyApp(app);
}

/** The samples of one metric in a Prometheus text exposition, each line as written. */
export function samples(exposition: string, metric: string): string[] {
  return exposition.split('\n').filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `));
}
