import type { ServerResponse } from 'node:http';

/** A bare `node:http` server's JSON answer, with its length so a keep-alive client reads it without chunking. */
export function sendJson(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
