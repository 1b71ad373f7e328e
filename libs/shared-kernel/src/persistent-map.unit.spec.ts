import { describe, expect, it } from '@jest/globals';
import { PersistentMap } from './persistent-map.js';

const mapOf = (keys: readonly string[]) => keys.reduce((map, key, index) => map.with(key, index), PersistentMap.empty<number>());
const manyKeys = Array.from({ length: 5000 }, (_, i) => `LOT-${i}`);

describe('a persistent map', () => {
  it('answers what was set, and nothing else', () => {
    const map = mapOf(['LOT-1', 'LOT-2']);
    expect(map.get('LOT-2')).toBe(1);
    expect(map.has('LOT-1')).toBe(true);
    expect(map.has('LOT-3')).toBe(false);
    expect(map.get('LOT-3')).toBeUndefined();
    expect(map.size).toBe(2);
  });

  it('leaves every earlier version as it was', () => {
    const before = mapOf(['LOT-1']);
    const after = before.with('LOT-1', 10).with('LOT-2', 20);
    expect([before.get('LOT-1'), before.has('LOT-2'), before.size]).toEqual([0, false, 1]);
    expect([after.get('LOT-1'), after.get('LOT-2'), after.size]).toEqual([10, 20, 2]);
  });

  it('keeps two versions made from the same one apart', () => {
    const base = mapOf(manyKeys);
    const left = base.with('LOT-7', -1);
    const right = base.with('LOT-7', -2).with('NEW', 1);
    expect([base.get('LOT-7'), left.get('LOT-7'), right.get('LOT-7')]).toEqual([7, -1, -2]);
    expect([left.has('NEW'), right.has('NEW'), left.size, right.size]).toEqual([false, true, 5000, 5001]);
  });

  it('holds thousands of keys and gives the values back in the order keys first arrived', () => {
    const map = mapOf(manyKeys).with('LOT-0', 99);
    expect(map.size).toBe(manyKeys.length);
    expect(manyKeys.every((key, index) => map.get(key) === (index === 0 ? 99 : index))).toBe(true);
    expect(map.values()).toEqual([99, ...manyKeys.slice(1).map((_, i) => i + 1)]);
  });
});
