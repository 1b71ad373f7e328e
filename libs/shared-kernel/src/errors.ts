/** How the edge answers an error: the HTTP layer maps each kind to one status. */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict';

/** Base of every error a client can cause; anything else is a fault of ours. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream moved on since it was read: the caller retries or answers 409. */
export class VersionConflict extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersionText,
    readonly actual: number | 'no_stream',
  ) {
    super('conflict', 'version_conflict', `Stream ${streamId} is at version ${actual}, expected ${expected}`, { streamId, expected, actual });
  }
}

export class StreamNotFound extends DomainError {
  constructor(readonly streamId: string) {
    super('not_found', 'stream_not_found', `Stream ${streamId} does not exist`, { streamId });
  }
}

export class StreamDeleted extends DomainError {
  constructor(readonly streamId: string) {
    super('not_found', 'stream_deleted', `Stream ${streamId} was deleted`, { streamId });
  }
}

/** A command id (from a client's idempotency key) already used for a request with another body. */
export class IdempotencyKeyReused extends DomainError {
  constructor(readonly commandId: string) {
    super('conflict', 'idempotency_key_reused', 'This Idempotency-Key was already used for a request with a different body; send a new key for a new request', { commandId });
  }
}

type ExpectedVersionText = number | 'no_stream' | 'any';
