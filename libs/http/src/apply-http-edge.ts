import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, RawServerDefault } from 'fastify';
import { ErrorResponseFilter } from './error-response.filter.js';
import { refuseBadIdempotencyKey } from './idempotency-key.js';
import { refuseDeepJson } from './json-depth.js';
import { securityHeaders } from './security-headers.js';
import { validationPipe } from './validation-pipe.js';

/**
 * Every app and every e2e test configures its edge through here, so they all answer alike: on an app created on
 * `httpAdapter()`, the filter, the validation pipe and the JSON parser, then for every request the security headers and the
 * `Idempotency-Key` check before its body is read, and the depth check once it is parsed, before anything reads it.
 */
export function applyHttpEdge(app: NestFastifyApplication): void {
  app.useGlobalFilters(new ErrorResponseFilter(app.getHttpAdapter()));
  app.useGlobalPipes(validationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  // `__proto__` and `constructor` keys are left to the validation pipe, which refuses them with their paths.
  const parseJson = fastify.getDefaultJsonParser('ignore', 'ignore');
  // An empty body is an empty object, so a command without a body sent as JSON reaches its own checks.
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => (body.length === 0 ? done(null, {}) : parseJson(request, body.toString('utf8'), done)));
  fastify.addHook('onRequest', securityHeaders);
  // Headers before the body: a request refused for its header is not worth parsing.
  fastify.addHook('onRequest', refuseBadIdempotencyKey);
  fastify.addHook('preValidation', refuseDeepJson);
}

/** Initialises an app and readies its server for requests made straight to it (supertest), as `listen` would. */
export async function readyApp<App extends INestApplication>(app: App): Promise<App> {
  await app.init();
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return app;
}
