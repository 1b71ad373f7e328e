// Controllers are the HTTP edge only: each reaches its use case through @nestjs/cqrs's CommandBus or QueryBus, so
// every command and query has one handler class and nothing in a controller decides, reads a store or runs SQL.
import { describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { PATH_METADATA } from '@nestjs/common/constants.js';

const roots = ['../../libs/', '../../apps/'].map((root) => fileURLToPath(new URL(root, import.meta.url)));

async function controllers(): Promise<{ name: string; type: abstract new (...args: never[]) => unknown }[]> {
  const found = [];
  for (const root of roots) {
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.controller.ts'));
    // One after the other: Jest's module registry fails imports made concurrently.
    for (const file of files) {
      const exports = (await import(`${root}${file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === 'function' && Reflect.getMetadata(PATH_METADATA, value) !== undefined) found.push({ name: `${file}: ${name}`, type: value as never });
      }
    }
  }
  return found;
}

describe('controllers', () => {
  it('take only the CommandBus and the QueryBus', async () => {
    const found = await controllers();
    // The rule is checked on what was found: finding nothing would prove nothing.
    expect(found.length).toBeGreaterThan(25);
    const others = found.flatMap(({ name, type }) =>
      ((Reflect.getMetadata('design:paramtypes', type) ?? []) as unknown[])
        .filter((dependency) => dependency !== CommandBus && dependency !== QueryBus)
        .map((dependency) => `${name} depends on ${(dependency as { name?: string })?.name ?? String(dependency)}`),
    );
    expect(others).toEqual([]);
  });
});
