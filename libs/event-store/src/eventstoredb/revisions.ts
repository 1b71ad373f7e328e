import { ANY, BACKWARDS, END, NO_STREAM, START, type CurrentRevision, type ExpectedRevision, type ReadRevision } from '@eventstore/db-client';
import { DomainError, type ExpectedVersion } from '#shared-kernel';

// The port counts a stream's events from 1, EventStoreDB from 0: version n is revision n - 1.

export function toExpectedRevision(expected: ExpectedVersion): ExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  if (!Number.isSafeInteger(expected) || expected < 1) {
    throw new DomainError('invalid', 'invalid_expected_version', `Expected version must be an integer ≥ 1, 'no_stream' or 'any'; got ${expected}`);
  }
  return BigInt(expected - 1);
}

export function toStreamPosition(revision: bigint): number {
  return Number(revision) + 1;
}

/** The actual version a refused write reports. */
export function toActualVersion(current: CurrentRevision): number | 'no_stream' {
  return current === NO_STREAM ? NO_STREAM : toStreamPosition(current);
}

/** Where a stream read starts; `fromVersion` is inclusive and at least 1. */
export function toReadRevision(direction: 'forwards' | 'backwards', fromVersion?: number): ReadRevision {
  if (fromVersion === undefined) return direction === BACKWARDS ? END : START;
  return BigInt(fromVersion - 1);
}
