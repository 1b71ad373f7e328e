import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_HEADER } from '#http';

/** The request's correlation id, its server's id of it (`#http`'s `httpAdapter`), answered in the response header. */
export function requestCorrelationId(request: IncomingMessage, response: ServerResponse): string {
  const id = String(request.id);
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}
