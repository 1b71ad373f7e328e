import { describe, expect, it } from '@jest/globals';
import { ANY, END, NO_STREAM, START } from '@eventstore/db-client';
import { DomainError } from '#shared-kernel';
import { toActualVersion, toExpectedRevision, toReadRevision, toStreamPosition } from './revisions.js';

describe('stream versions and EventStoreDB revisions', () => {
  it('expects revision n - 1 for version n, and passes no_stream and any through', () => {
    expect(toExpectedRevision(1)).toBe(0n);
    expect(toExpectedRevision(3)).toBe(2n);
    expect(toExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toExpectedRevision('any')).toBe(ANY);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the expected version %p', (version) => {
    expect(() => toExpectedRevision(version)).toThrow(DomainError);
    expect(() => toExpectedRevision(version)).toThrow(expect.objectContaining({ kind: 'invalid', code: 'invalid_expected_version' }));
  });

  it('counts stream positions from 1', () => {
    expect(toStreamPosition(0n)).toBe(1);
    expect(toStreamPosition(41n)).toBe(42);
  });

  it('reports the actual version of a refused write, or no_stream', () => {
    expect(toActualVersion(2n)).toBe(3);
    expect(toActualVersion(NO_STREAM)).toBe('no_stream');
  });

  it('starts a read at the inclusive version, or at the end it reads from', () => {
    expect(toReadRevision('forwards')).toBe(START);
    expect(toReadRevision('backwards')).toBe(END);
    expect(toReadRevision('forwards', 1)).toBe(0n);
    expect(toReadRevision('backwards', 3)).toBe(2n);
  });
});
