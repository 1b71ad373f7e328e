import { describe, expect, it } from '@jest/globals';
import { prototypeKeys } from './prototype-keys.js';

describe('prototypeKeys', () => {
  it('finds __proto__, constructor, prototype and toString at any depth, by path', () => {
    const body = JSON.parse('{"__proto__": {"x": 1}, "lines": [{"volume": {"constructor": 1, "value": 2}}, {"toString": "y"}], "area": {"prototype": {}}}');
    expect(prototypeKeys(body)).toEqual([
      { path: '__proto__', messages: ['property __proto__ should not exist'] },
      { path: 'area.prototype', messages: ['property prototype should not exist'] },
      { path: 'lines.0.volume.constructor', messages: ['property constructor should not exist'] },
      { path: 'lines.1.toString', messages: ['property toString should not exist'] },
    ]);
  });

  it('finds every other name objects inherit, and nothing in ordinary bodies', () => {
    expect(prototypeKeys({ valueOf: 1, hasOwnProperty: 2 }).map((violation) => violation.path)).toEqual(['hasOwnProperty', 'valueOf']);
    expect(prototypeKeys({ lines: [{ lotId: 'LOT-1', volume: { value: 2, unit: 'm3' } }], toStringy: 1, note: 'constructor' })).toEqual([]);
    expect(prototypeKeys(null)).toEqual([]);
  });
});
