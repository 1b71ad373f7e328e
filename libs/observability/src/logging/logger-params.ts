import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { EVERY_ROUTE } from '../every-route.js';
import type { ObservabilityOptions } from '../observability-options.js';
import { correlationMixin } from './correlation-mixin.js';

// Probes and scrapes come every few seconds: a line for each would bury the requests that matter.
const UNLOGGED_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/** nestjs-pino's parameters: JSON lines at the configured level, each request's carrying its correlation id (the server's id of it, `httpAdapter`). */
export function loggerParams({ logLevel, logDestination }: ObservabilityOptions): Params {
  const options: Options = {
    level: logLevel,
    // Lines logged while serving a request carry its correlation id, not the whole request again.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    mixin: correlationMixin,
    // No headers and no bodies: tokens and cookies never reach a log, and nothing is cloned to redact them.
    serializers: { req: requestLine, res: responseLine },
    autoLogging: { ignore: (request: IncomingMessage) => UNLOGGED_PATHS.has(pathOf(request)) },
  };
  return { pinoHttp: logDestination ? [options, logDestination] : options, forRoutes: [EVERY_ROUTE] };
}

function requestLine({ method, url, remoteAddress }: { method: string; url: string; remoteAddress?: string }) {
  return { method, url, remoteAddress };
}

function responseLine({ statusCode }: { statusCode: number }) {
  return { statusCode };
}

// The URL as the client sent it: middleware sees `url` cut to what follows its own path.
function pathOf(request: IncomingMessage & { originalUrl?: string }): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0] ?? '';
}
