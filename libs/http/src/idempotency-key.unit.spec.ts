import { describe, expect, it } from '@jest/globals';
import { commandIdFor, requestDigest } from './idempotency-key.js';
import { RequestValidationFailed } from './request-validation-failed.js';

const actor = { id: 'holder-1', role: 'permit_holder', organisation: '20600000001' };

class VolumeDto {
  constructor(
    readonly value: number,
    readonly unit: string,
  ) {}
}

describe('commandIdFor', () => {
  it('makes a fresh id and no digest without a key', () => {
    const [one, two] = [commandIdFor('harvest/x', actor, undefined, {}), commandIdFor('harvest/x', actor, undefined, {})];
    expect(one.id).not.toBe(two.id);
    expect(one.requestDigest).toBeUndefined();
  });

  it('makes the same id for the same key, scope and caller, and another for another caller', () => {
    const first = commandIdFor('harvest/x', actor, 'key-1', { a: 1 });
    expect(commandIdFor('harvest/x', actor, 'key-1', { a: 2 }).id).toBe(first.id);
    expect(commandIdFor('harvest/x', { ...actor, id: 'holder-2' }, 'key-1', { a: 1 }).id).not.toBe(first.id);
    expect(commandIdFor('harvest/y', actor, 'key-1', { a: 1 }).id).not.toBe(first.id);
  });

  it('refuses a key that is not 1 to 200 visible ASCII characters', () => {
    expect(() => commandIdFor('harvest/x', actor, 'with space', {})).toThrow(RequestValidationFailed);
  });
});

describe('requestDigest', () => {
  it('ignores the order of properties and what JSON would not carry', () => {
    const dto = { lines: [{ volume: new VolumeDto(2.5, 'm3'), pieces: 3 }], note: undefined, plate: 'ABC-123' };
    expect(requestDigest(dto)).toBe(requestDigest({ plate: 'ABC-123', lines: [{ pieces: 3, volume: { unit: 'm3', value: 2.5 } }] }));
  });

  it('tells apart any changed value, the order of array items included', () => {
    const body = { lines: [{ pieces: 3 }, { pieces: 4 }], plate: 'ABC-123' };
    expect(requestDigest({ ...body, plate: 'ABC-124' })).not.toBe(requestDigest(body));
    expect(requestDigest({ ...body, lines: [{ pieces: 4 }, { pieces: 3 }] })).not.toBe(requestDigest(body));
    expect(requestDigest(undefined)).toBe(requestDigest(null));
  });
});
