import { FastifyAdapter } from '@nestjs/platform-fastify';
import { answerClientError } from './client-errors.js';
import { correlationIdFor } from './correlation-id.js';

export interface HttpAdapterOptions {
  /** The largest body accepted, in bytes; larger is answered 413. */
  readonly bodyLimit: number;
}

/** Node's own bound on a whole request (Fastify lifts it): a client trickling a request in does not hold a socket for ever. */
const REQUEST_TIMEOUT_MS = 300_000;
/** Room for an identifier of 120 characters sent percent-encoded: a longer one reaches `@IdParam`'s 400, not the router's 404. */
const MOST_PARAM_LENGTH = 1_000;

/** The HTTP server of every app and every e2e test: Fastify, on which the app answered a fifth to a third more scans than on Express (ADR 17). */
export function httpAdapter({ bodyLimit }: HttpAdapterOptions): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit,
    requestTimeout: REQUEST_TIMEOUT_MS,
    clientErrorHandler: answerClientError,
    // Fastify's id of a request is the one its log lines and events carry.
    genReqId: correlationIdFor,
    routerOptions: { maxParamLength: MOST_PARAM_LENGTH, ignoreTrailingSlash: true },
  });
}
