import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_HEADER, correlationIdFor } from '#http';

/** The request's correlation id, the one its server gave it (else chosen here, once), answered in the response header. */
export function requestCorrelationId(request: IncomingMessage, response: ServerResponse): string {
  const id = typeof request.id === 'string' ? request.id : correlationIdFor(request);
  request.id = id;
  if (!response.hasHeader(CORRELATION_HEADER)) response.setHeader(CORRELATION_HEADER, id);
  return id;
}
