// One typed configuration: every setting is declared once in apps/standalone/src/settings/, the README's table lists
// the same variables with the same defaults and meanings, and no library reads the environment itself.
import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SETTINGS } from '../../apps/standalone/src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The rows of the table under `## Configuration`, as written. */
async function readmeRows(): Promise<string[]> {
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n')) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.trim());
}

function declaredRow({ name, fallback, meaning }: (typeof SETTINGS)[number]): string {
  return `| \`${name}\` | ${fallback === undefined ? '—' : `\`${fallback}\``} | ${meaning} |`;
}

describe('the configuration', () => {
  it('is listed in the README’s table as declared: each variable, its default and its meaning', async () => {
    const rows = await readmeRows();
    // Finding no table would prove nothing.
    expect(rows.length).toBeGreaterThan(20);
    // On failure, the expected side is the table to paste into README.md.
    expect(rows.join('\n')).toBe(SETTINGS.map(declaredRow).join('\n'));
  });

  it('is never read from the environment by a library', async () => {
    const libs = `${ROOT}libs/`;
    // libs/testing is for specs only: it reads which test servers a suite may use (REQUIRE_SERVICES, their URLs);
    // so are the Kafka failure tests' helpers (a consuming service they start and kill, a private broker).
    const specsOnly = ['testing/', 'messaging/src/kafka/failures/'];
    const files = (await readdir(libs, { recursive: true })).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !specsOnly.some((folder) => file.startsWith(folder)));
    expect(files.length).toBeGreaterThan(100);
    const reading: string[] = [];
    for (const file of files) {
      if (/process\.env|NodeJS\.ProcessEnv/.test(await readFile(`${libs}${file}`, 'utf8'))) reading.push(file);
    }
    expect(reading).toEqual([]);
  });
});
