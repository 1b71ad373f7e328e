// Every request DTO is held to the rules that keep a client's mistake a 400 and a large body cheap to refuse:
// a nested value is declared with @NestedObject / @NestedArray (so a missing one, an array for an object, or an
// element that is not an object is refused, and the pipe knows the type to look into), and every array has a maximum.
import { describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getMetadataStorage } from 'class-validator';
import { type DtoClass, nestedRules } from '#http';

const libs = fileURLToPath(new URL('../../libs/', import.meta.url));
const REQUEST_SHAPES = /(\.dto|\.params|version-bodies)\.ts$/;

async function requestClasses(): Promise<{ name: string; type: DtoClass }[]> {
  const files = (await readdir(libs, { recursive: true })).filter((file) => REQUEST_SHAPES.test(file) && !file.includes('/domain/'));
  const modules: (readonly [string, Record<string, unknown>])[] = [];
  // One after the other: Jest's module registry fails imports made concurrently.
  for (const file of files) modules.push([file, (await import(`${libs}${file}`)) as Record<string, unknown>]);
  return modules.flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, DtoClass] => typeof entry[1] === 'function' && metadataOf(entry[1] as DtoClass).length > 0)
      .map(([name, type]) => ({ name: `${file}: ${name}`, type })),
  );
}

function metadataOf(type: DtoClass) {
  return getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
}

describe('request DTOs', () => {
  it('declare every nested value with @NestedObject or @NestedArray, and a maximum for every array', async () => {
    const classes = await requestClasses();
    // The rule is checked on what was found: finding nothing would prove nothing.
    expect(classes.length).toBeGreaterThan(30);
    const broken = classes.flatMap(({ name, type }) => {
      const metadata = metadataOf(type);
      const properties = (kind: (m: (typeof metadata)[number]) => boolean) => new Set(metadata.filter(kind).map((m) => m.propertyName));
      const nested = properties((m) => m.type === 'nestedValidation');
      const arrays = properties((m) => m.name === 'isArray');
      const bounded = properties((m) => m.name === 'arrayMaxSize');
      const rules = nestedRules(type);
      return [
        ...[...nested].filter((property) => !rules.has(property)).map((property) => `${name}.${property}: @ValidateNested without @NestedObject / @NestedArray`),
        ...[...arrays].filter((property) => !bounded.has(property)).map((property) => `${name}.${property}: an array without @ArrayMaxSize`),
      ];
    });
    expect(broken).toEqual([]);
  });
});
