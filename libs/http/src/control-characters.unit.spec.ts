import { describe, expect, it } from '@jest/globals';
import { controlCharacters } from './control-characters.js';

describe('controlCharacters', () => {
  it('finds a NUL, another control character or half a surrogate pair in any string, by path', () => {
    expect(controlCharacters({ reason: 'a\u0000b', lines: [{ lotId: 'LOT\u001b1' }, { note: '\ud800' }], area: { name: 'ok' } })).toEqual([
      { path: 'lines.0.lotId', messages: ['lotId must not contain control characters'] },
      { path: 'lines.1.note', messages: ['note must not contain control characters'] },
      { path: 'reason', messages: ['reason must not contain control characters'] },
    ]);
    expect(controlCharacters('\u007f')).toEqual([{ path: '', messages: ['the value must not contain control characters'] }]);
    expect(controlCharacters(['\udc00x', 'x\ud800'])).toHaveLength(2);
  });

  it('lets through lines, tabs, accents and whole surrogate pairs: free text holds them', () => {
    expect(controlCharacters({ reason: 'Línea 1\r\n\tLínea 2 🌳', names: ['ñandú', 'cedro'] })).toEqual([]);
  });
});
