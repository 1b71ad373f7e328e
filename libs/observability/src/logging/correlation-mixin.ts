import type { Logger } from 'pino';
import { ambientCorrelationId } from '#shared-kernel';

/**
 * Puts the correlation id of the work being done on a log line that has none: a consumer's lines carry the id of the
 * message it handles, as a request's carry the request's (bound to its logger already, so not repeated).
 */
export function correlationMixin(_merged: object, _level: number, logger: Logger): { correlationId?: string } {
  const correlationId = ambientCorrelationId();
  return correlationId && !('correlationId' in logger.bindings()) ? { correlationId } : {};
}
