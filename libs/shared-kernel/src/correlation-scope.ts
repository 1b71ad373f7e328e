import { AsyncLocalStorage } from 'node:async_hooks';

// Node's own async context, not a framework: the HTTP edge sets it, the write path reads it.
const scope = new AsyncLocalStorage<string>();

/** Runs `work` with `correlationId` as what the commands it handles are correlated with, unless they name their own. */
export function withCorrelationId<T>(correlationId: string, work: () => T): T {
  return scope.run(correlationId, work);
}

/** The correlation id of the request (or other unit of work) being served, if one set it. */
export function ambientCorrelationId(): string | undefined {
  return scope.getStore();
}
