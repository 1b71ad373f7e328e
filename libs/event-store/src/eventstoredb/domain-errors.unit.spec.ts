import { describe, expect, it } from '@jest/globals';
import { StreamDeletedError, StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { StreamDeleted, StreamNotFound, VersionConflict } from '#shared-kernel';
import { toDomainError } from './domain-errors.js';

describe('EventStoreDB errors as port errors', () => {
  it('turns a wrong expected version into a conflict carrying the 1-based actual version', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'lot-1', expected: 1n, current: 2n });
    const mapped = toDomainError(error, 'lot-1', 2);
    expect(mapped).toBeInstanceOf(VersionConflict);
    expect(mapped).toMatchObject({ streamId: 'lot-1', expected: 2, actual: 3 });
  });

  it('reports a missing stream as actual no_stream', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'lot-2', expected: 0n, current: 'no_stream' });
    expect(toDomainError(error, 'lot-2', 1)).toMatchObject({ expected: 1, actual: 'no_stream' });
  });

  it('turns a missing stream into StreamNotFound and a tombstoned one into StreamDeleted', () => {
    expect(toDomainError(new StreamNotFoundError(undefined, 'lot-3'), 'lot-3')).toEqual(new StreamNotFound('lot-3'));
    expect(toDomainError(StreamDeletedError.fromStreamName('lot-4'), 'lot-4')).toEqual(new StreamDeleted('lot-4'));
  });

  it('lets every other error through unchanged', () => {
    const unavailable = new UnavailableError();
    const plain = new Error('socket hang up');
    expect(toDomainError(unavailable, 'lot-5')).toBe(unavailable);
    expect(toDomainError(plain, 'lot-5')).toBe(plain);
  });
});
