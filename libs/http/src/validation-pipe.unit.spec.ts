import { describe, expect, it } from '@jest/globals';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { NestedArray, NestedObject } from './nested.decorators.js';
import { MOST_FIELDS_REPORTED, RequestValidationFailed } from './request-validation-failed.js';
import { validationPipe } from './validation-pipe.js';

class Volume {
  @IsString()
  readonly unit!: string;
}

class Line {
  @IsString()
  @IsNotEmpty()
  readonly lotId!: string;

  @NestedObject(() => Volume)
  readonly volume!: Volume;
}

class Guide {
  @NestedArray(() => Line, { min: 1, max: 50 })
  readonly lines!: Line[];

  @IsOptional()
  @NestedObject(() => Volume)
  readonly total?: Volume;
}

/** What the pipe refused the body with, as the edge answers it. */
async function refusal(body: unknown): Promise<{ fields: unknown; omittedFields?: number }> {
  try {
    await validationPipe().transform(body, { type: 'body', metatype: Guide });
  } catch (error) {
    if (error instanceof RequestValidationFailed) return { fields: error.fields, ...(error.omittedFields > 0 ? { omittedFields: error.omittedFields } : {}) };
    throw error;
  }
  throw new Error('the body passed validation');
}

const paths = async (body: unknown) => ((await refusal(body)).fields as { path: string }[]).map((field) => field.path);

describe('validationPipe', () => {
  it('refuses an overlong array by its length alone, without validating its elements', async () => {
    await expect(refusal({ lines: Array.from({ length: 50_000 }, () => ({})) })).resolves.toEqual({
      fields: [{ path: 'lines', messages: ['lines must contain no more than 50 elements'] }],
    });
  });

  it('lists the first violations only, and says how many more there were', async () => {
    const { fields, omittedFields } = await refusal({ lines: Array.from({ length: 50 }, () => ({})) });
    expect(fields).toHaveLength(MOST_FIELDS_REPORTED);
    expect(omittedFields).toBe(50 * 2 - MOST_FIELDS_REPORTED);
  });

  it.each([
    ['left out', undefined],
    ['null', null],
    ['an array', []],
    ['a string', 'm3'],
  ])('refuses a required nested object %s at its path', async (_case, volume) => {
    const line: Record<string, unknown> = { lotId: 'LOT-1' };
    if (volume !== undefined) line.volume = volume;
    expect(await paths({ lines: [line] })).toEqual(['lines.0.volume']);
  });

  it.each([
    ['{}', {}, ['lines.0.lotId', 'lines.0.volume']],
    ['[]', [], ['lines.0']],
    ['a string', 'LOT-1', ['lines.0']],
    ['null', null, ['lines.0']],
  ])('refuses an array element sent as %s, at its own path', async (_case, element, expected) => {
    expect(await paths({ lines: [element] })).toEqual(expected);
  });

  it('lets an optional nested object be left out, and checks it when sent', async () => {
    const lines = [{ lotId: 'LOT-1', volume: { unit: 'm3' } }];
    await expect(validationPipe().transform({ lines }, { type: 'body', metatype: Guide })).resolves.toBeInstanceOf(Guide);
    expect(await paths({ lines, total: [] })).toEqual(['total']);
  });

  it('refuses properties named like the ones objects inherit, at any depth, instead of passing or dropping them', async () => {
    const body = JSON.parse('{"lines": [{"lotId": "LOT-1", "volume": {"unit": "m3", "__proto__": {"unit": 1}}}], "constructor": {}, "toString": "x"}');
    expect(await paths(body)).toEqual(['constructor', 'lines.0.volume.__proto__', 'toString']);
    expect(await paths({ lines: [{ lotId: 'LOT-1', volume: { unit: 'm3' }, prototype: {} }] })).toEqual(['lines.0.prototype']);
  });

  it('checks a rule registered after the class was first validated (class-validator remembers each class’s rules until one is added)', async () => {
    class Late {
      @IsString()
      readonly name!: string;
    }
    const transform = (body: unknown) => validationPipe().transform(body, { type: 'body', metatype: Late });
    await expect(transform({ name: '' })).resolves.toBeInstanceOf(Late);
    IsNotEmpty()(Late.prototype, 'name');
    await expect(transform({ name: '' })).rejects.toBeInstanceOf(RequestValidationFailed);
  });
});
