import { describe, expect, it } from '@jest/globals';
import { DomainError } from '#shared-kernel';
import { IdParamPipe, PATH_ID } from './id-param.js';

describe('PATH_ID', () => {
  it.each(['LOT-0001', 'GTF-2026-000123', '25-UCA/C-J-001-02', '003456/SERFOR-2026', 'UC-CFB-K010', 'yield-coefficients', 'Cedrela odorata', 'a', 'x'.repeat(120)])(
    'takes %s',
    (id) => expect(PATH_ID.test(id)).toBe(true),
  );

  it.each(['a\u0000b', 'a\nb', 'a\tb', 'a\u007fb', '', ' LOT-1', 'LOT-1 ', '../etc', '-LOT', 'LOT;1', "LOT'1", 'LÖT', 'x'.repeat(121)])('refuses %j', (id) =>
    expect(PATH_ID.test(id)).toBe(false),
  );
});

describe('IdParamPipe', () => {
  it('passes a valid identifier through and refuses another with 400 invalid_request naming the parameter', () => {
    const pipe = new IdParamPipe('lotId');
    expect(pipe.transform('LOT-0001')).toBe('LOT-0001');
    expect(() => pipe.transform('LOT\u00001')).toThrow(DomainError);
    try {
      pipe.transform('x'.repeat(5000));
    } catch (error) {
      expect(error).toMatchObject({ kind: 'invalid', code: 'invalid_request', details: { parameter: 'lotId' } });
    }
    expect.assertions(3);
  });
});
