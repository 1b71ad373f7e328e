import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { applyHttpEdge, httpAdapter } from '#http';
import { AppModule } from './app.module.js';
import type { StandaloneConfig } from './config.js';
import { serveOpenApi } from './openapi.js';

/** Room for the largest request a client may send: an offline upload of 500 two-line scans is about 200 kB. */
const BODY_LIMIT = 1024 * 1024;

/** Every standalone app's options, tests' included: the JSON text is kept beside the parsed body, where a plot point's written decimals are counted. */
export const STANDALONE_APP_OPTIONS: NestApplicationOptions = { rawBody: true };

/** The HTTP server of every standalone app, tests' included. */
export function standaloneHttpAdapter(): FastifyAdapter {
  return httpAdapter({ bodyLimit: BODY_LIMIT });
}

/** The real app, not yet listening: main.ts listens on it, e2e tests drive it in-process. */
export async function createStandaloneApp(config: StandaloneConfig, options?: NestApplicationOptions): Promise<INestApplication> {
  // A caller that turns Nest's logger off (a test, the seed's in-process app) wants no log lines at all.
  const logged = options?.logger === false ? { ...config, observability: { ...config.observability, logLevel: 'silent' as const } } : config;
  // Lines logged while the app starts wait for the JSON logger, instead of going out in Nest's own format.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(logged), standaloneHttpAdapter(), { ...STANDALONE_APP_OPTIONS, bufferLogs: true, ...options });
  configureStandaloneApp(app);
  return app;
}

/** Split out so a test that mounts extra controllers beside AppModule configures its app exactly like production. */
export function configureStandaloneApp(app: NestFastifyApplication): void {
  app.useLogger(app.get(Logger));
  applyHttpEdge(app);
  // SIGTERM closes the app: the HTTP server drains first (ObservabilityModule), then the bus and the store stop.
  app.enableShutdownHooks();
  serveOpenApi(app);
}
