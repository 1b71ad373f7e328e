import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'X-Correlation-Id';

// A client's id goes into every log line and event: only short, plain ones are taken as given.
const SANE = /^[A-Za-z0-9._:-]{1,100}$/;

/** The client's correlation id when it is a sane value, else none. */
export function sanitisedCorrelationId(header: string | readonly string[] | undefined): string | undefined {
  return typeof header === 'string' && SANE.test(header) ? header : undefined;
}

/** The request's correlation id, chosen once (the client's, else a new UUID) and answered in the response header. */
export function requestCorrelationId(request: IncomingMessage, response: ServerResponse): string {
  if (typeof request.id === 'string') return request.id;
  const id = sanitisedCorrelationId(request.headers[CORRELATION_HEADER.toLowerCase()]) ?? randomUUID();
  request.id = id;
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}
