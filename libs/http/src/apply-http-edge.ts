import type { NestExpressApplication } from '@nestjs/platform-express';
import { answerClientErrors } from './client-errors.js';
import { ErrorResponseFilter } from './error-response.filter.js';
import { refuseBadIdempotencyKey } from './idempotency-key.js';
import { refuseDeepJson } from './json-depth.js';
import { securityHeaders } from './security-headers.js';
import { validationPipe } from './validation-pipe.js';

export interface HttpEdgeOptions {
  /** The largest JSON body accepted, as the body parser writes it (`1mb`); larger is answered 413. */
  readonly jsonBodyLimit: string;
}

/**
 * Every app and every e2e test configures its edge through here, so they all answer alike. It registers the
 * JSON body parser itself: the checks on the parsed body must come right after it, before anything reads it.
 */
export function applyHttpEdge(app: NestExpressApplication, { jsonBodyLimit }: HttpEdgeOptions): void {
  // Which framework answers is nobody's business.
  app.disable('x-powered-by');
  answerClientErrors(app.getHttpServer());
  app.useGlobalFilters(new ErrorResponseFilter(app.getHttpAdapter()));
  app.useGlobalPipes(validationPipe());
  app.use(securityHeaders());
  // Headers before the body: a request refused for its header is not worth parsing.
  app.use(refuseBadIdempotencyKey());
  app.useBodyParser('json', { limit: jsonBodyLimit });
  app.use(refuseDeepJson());
}
