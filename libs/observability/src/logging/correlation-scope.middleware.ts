import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { withCorrelationId } from '#shared-kernel';
import { requestCorrelationId } from './correlation-id.js';

/** The rest of the request runs in its correlation scope, so the events its command records carry the id. */
@Injectable()
export class CorrelationScopeMiddleware implements NestMiddleware {
  use(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    withCorrelationId(requestCorrelationId(request, response), next);
  }
}
