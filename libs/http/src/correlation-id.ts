import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_HEADER = 'X-Correlation-Id';

// A client's id goes into every log line and event: only short, plain ones are taken as given.
const SANE = /^[A-Za-z0-9._:-]{1,100}$/;

/** The client's correlation id when it is a sane value, else none. */
export function sanitisedCorrelationId(header: string | readonly string[] | undefined): string | undefined {
  return typeof header === 'string' && SANE.test(header) ? header : undefined;
}

/** The id the server gives a request (`httpAdapter`): the client's correlation id when sane, else a new UUID. */
export function correlationIdFor(request: IncomingMessage): string {
  return sanitisedCorrelationId(request.headers[CORRELATION_HEADER.toLowerCase()]) ?? randomUUID();
}
