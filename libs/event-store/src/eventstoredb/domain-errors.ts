import { StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import { StreamDeleted, StreamNotFound, VersionConflict, type ExpectedVersion } from '#shared-kernel';
import { toActualVersion } from './revisions.js';

/** The port's error for a client error about `streamId`; anything else passes through unchanged. */
export function toDomainError(error: unknown, streamId: string, expected: ExpectedVersion = 'any'): unknown {
  if (error instanceof WrongExpectedVersionError) return new VersionConflict(streamId, expected, toActualVersion(error.actualVersion));
  if (error instanceof StreamNotFoundError) return new StreamNotFound(streamId);
  if (error instanceof StreamDeletedError) return new StreamDeleted(streamId);
  return error;
}
