import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { ObservabilityOptions } from '../observability-options.js';
import { requestCorrelationId } from './correlation-id.js';
import { correlationMixin } from './correlation-mixin.js';

// Probes and scrapes come every few seconds: a line for each would bury the requests that matter.
const UNLOGGED_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/** nestjs-pino's parameters: JSON lines at the configured level, each request's carrying its correlation id. */
export function loggerParams({ logLevel, logDestination }: ObservabilityOptions): Params {
  const options: Options = {
    level: logLevel,
    genReqId: requestCorrelationId,
    // Lines logged while serving a request carry its correlation id, not the whole request again.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    mixin: correlationMixin,
    // Tokens and session cookies never reach a log; bodies are not serialised at all.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    autoLogging: { ignore: (request: IncomingMessage) => UNLOGGED_PATHS.has(pathOf(request)) },
  };
  return { pinoHttp: logDestination ? [options, logDestination] : options };
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '').split('?')[0] ?? '';
}
