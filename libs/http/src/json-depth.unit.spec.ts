import { describe, expect, it } from '@jest/globals';
import { nestsDeeperThan } from './json-depth.js';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('nestsDeeperThan', () => {
  it('counts each object or array as one level, scalars as none', () => {
    expect(nestsDeeperThan(42, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: 'x' }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: 'x' }] }, 2)).toBe(true);
  });

  it('finds the one deep branch among shallow ones', () => {
    expect(nestsDeeperThan({ shallow: [1, 2], deep: nested(40) }, 32)).toBe(true);
    expect(nestsDeeperThan({ shallow: [1, 2], deep: nested(31) }, 32)).toBe(false);
  });

  it('measures a value far deeper than the stack allows without overflowing', () => {
    expect(nestsDeeperThan(nested(200_000), 32)).toBe(true);
  });
});
