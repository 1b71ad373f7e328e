import { describe, expect, it } from '@jest/globals';
import { fromCheckpointStored, toCheckpointStored } from './checkpoint.js';

describe('a stored checkpoint', () => {
  it('keeps both halves of a log position as decimal strings, beyond the safe integer range', () => {
    const position = { commit: 2n ** 60n + 7n, prepare: 2n ** 60n + 3n };
    const stored = toCheckpointStored(position);
    expect(stored).toEqual({ commit: '1152921504606846983', prepare: '1152921504606846979' });
    expect(fromCheckpointStored(JSON.parse(JSON.stringify(stored)))).toEqual(position);
  });

  it('refuses a malformed checkpoint rather than restart from the beginning', () => {
    expect(() => fromCheckpointStored({ commit: 12 })).toThrow(/Malformed checkpoint/);
    expect(() => fromCheckpointStored(undefined)).toThrow(/Malformed checkpoint/);
  });
});
