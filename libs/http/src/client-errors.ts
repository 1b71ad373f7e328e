import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from './error-response.js';
import { SECURITY_HEADERS } from './security-headers.js';

const ANSWERS: Readonly<Record<string, { readonly status: number; readonly body: ErrorBody }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, body: { error: 'headers_too_large', message: 'The request headers exceed the size the server accepts', details: {} } },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, body: { error: 'request_timeout', message: 'The request did not arrive in time', details: {} } },
};
const MALFORMED = { status: 400, body: { error: 'malformed_request', message: 'The request is not valid HTTP', details: {} } };

/**
 * Answers what Node refuses before any framework sees it (headers over its limit, a request that is not HTTP)
 * in the error contract too: Node's and Fastify's own answers to these are a bare status line or their own body.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, body } = ANSWERS[error.code ?? ''] ?? MALFORMED;
  const text = JSON.stringify(body);
  const headers = { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)), Connection: 'close' };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('\r\n')}\r\n\r\n${text}`);
}
