import { DomainError, type ExpectedVersion } from '#shared-kernel';

/** The code of 'any' in `expectedVersionCode`. */
export const ANY_VERSION = -2;

/** An expected version as a number: -1 no stream, -2 any, n ≥ 1 exactly n. */
export function expectedVersionCode(expected: ExpectedVersion): number {
  if (expected === 'no_stream') return -1;
  if (expected === 'any') return ANY_VERSION;
  if (!Number.isSafeInteger(expected) || expected < 1) {
    throw new DomainError('invalid', 'invalid_expected_version', `Expected version must be an integer ≥ 1, 'no_stream' or 'any'; got ${expected}`);
  }
  return expected;
}
