import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { applyHttpEdge } from '#http';
import { AppModule } from './app.module.js';
import type { StandaloneConfig } from './config.js';
import { serveOpenApi } from './openapi.js';

/** The real app, not yet listening: main.ts listens on it, e2e tests drive it in-process. */
export async function createStandaloneApp(config: StandaloneConfig, options?: NestApplicationOptions): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), options);
  configureStandaloneApp(app);
  return app;
}

/** Split out so a test that mounts extra controllers beside AppModule configures its app exactly like production. */
export function configureStandaloneApp(app: INestApplication): void {
  applyHttpEdge(app);
  app.enableShutdownHooks();
  serveOpenApi(app);
}
