import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildDecision, buildIfStale, buildInputs, STAMP } from './build-if-stale.mjs';

describe('whether to build before a command', () => {
  const inputs = [
    { path: 'tsconfig.build.json', mtimeMs: 1_000 },
    { path: 'libs/auth/src/role.ts', mtimeMs: 2_000 },
    { path: 'libs/reference-data/data/species.json', mtimeMs: 3_000 },
  ];

  it('builds when no build has succeeded yet (no stamp, or no dist/)', () => {
    expect(buildDecision(inputs, undefined)).toEqual({ build: true, reason: `no ${STAMP} from a successful build` });
  });

  it('does not build when every input is older than the start of the last build', () => {
    expect(buildDecision(inputs, 3_001)).toMatchObject({ build: false });
    expect(buildDecision([], 1)).toMatchObject({ build: false });
  });

  it('builds when an input, a data file or a tsconfig included, changed after the last build started', () => {
    expect(buildDecision(inputs, 2_500)).toEqual({ build: true, reason: 'libs/reference-data/data/species.json changed since the last build' });
    expect(buildDecision(inputs, 500)).toEqual({ build: true, reason: 'tsconfig.build.json and 2 more changed since the last build' });
  });

  it('builds when an input was saved at the very time the last build started: tsc may not have read it', () => {
    expect(buildDecision(inputs, 3_000)).toMatchObject({ build: true });
  });
});

describe('the build’s inputs and the build', () => {
  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
  const write = (path: string, text = '', seconds = 1_000) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    at(path, seconds);
  };
  const lines = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8').split('\n').filter(Boolean) : []);
  const builds = () => lines('builds.log');
  const bundles = () => lines('bundles.log');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
    write('tsconfig.json', JSON.stringify({ compilerOptions: { outDir: 'dist' } }));
    write('tsconfig.build.json', JSON.stringify({ extends: './tsconfig.json', include: ['apps', 'libs'], exclude: ['dist', '**/*.spec.ts', 'libs/testing'] }));
    write('package.json', '{}');
    write('package-lock.json', '{}');
    write('apps/app/main.ts');
    write('libs/data/values.json');
    write('libs/data/notes.md');
    write('libs/data/values.unit.spec.ts');
    write('libs/testing/given.ts');
    write('libs/.cache/broker.ts');
    write('bench/main.ts');
    // A stand-in for tsc: notes each run, fails while `failing` exists.
    write('node_modules/typescript/package.json', '{}');
    write('node_modules/typescript/bin/tsc', "const fs = require('node:fs'); fs.appendFileSync('builds.log', process.argv.slice(2).join(' ') + '\\n'); process.exit(fs.existsSync('failing') ? 2 : 0);");
    // And for esbuild: notes which apps each run bundles.
    write('node_modules/esbuild/package.json', '{}');
    write('node_modules/esbuild/index.js', "exports.buildSync = (o) => require('node:fs').appendFileSync(require('node:path').join(o.absWorkingDir, 'bundles.log'), Object.keys(o.entryPoints).join(' ') + '\\n');");
    for (const folder of ['apps', 'apps/app', 'libs', 'libs/data']) at(folder, 1_000);
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it('are the tsconfigs up the extends chain, the manifests, and what tsc compiles or imports under include', () => {
    expect(buildInputs(root).map((input) => input.path).sort()).toEqual(
      ['apps/', 'apps/app/', 'apps/app/main.ts', 'libs/', 'libs/data/', 'libs/data/values.json', 'package-lock.json', 'package.json', 'tsconfig.build.json', 'tsconfig.json'],
    );
  });

  it('runs tsc once, then again only when an input changed, a folder changed or dist/ is gone', () => {
    expect(buildIfStale({ root })).toBe(0);
    expect(builds()).toEqual(['-p tsconfig.build.json']);
    expect(existsSync(join(root, STAMP))).toBe(true);

    expect(buildIfStale({ root })).toBe(0);
    write('libs/data/other.unit.spec.ts', '', 1_000);
    at('libs/data', 1_000);
    write('bench/main.ts', 'changed', Date.now() / 1000);
    expect(buildIfStale({ root })).toBe(0);
    expect(builds()).toHaveLength(1);

    write('libs/data/values.json', '[1]', Date.now() / 1000);
    expect(buildIfStale({ root })).toBe(0);
    expect(builds()).toHaveLength(2);

    rmSync(join(root, 'apps/app/main.ts'));
    expect(buildIfStale({ root })).toBe(0);
    expect(builds()).toHaveLength(3);

    rmSync(join(root, 'dist'), { recursive: true });
    expect(buildIfStale({ root })).toBe(0);
    expect(builds()).toHaveLength(4);
    expect(buildIfStale({ root, always: true })).toBe(0);
    expect(builds()).toHaveLength(5);
    expect(bundles()).toEqual(Array(5).fill('standalone harvest custody processing reference-data sanctions certificates'));
  });

  it('answers tsc’s failure and builds again next time, the stamp of the last success left as it was', () => {
    expect(buildIfStale({ root })).toBe(0);
    write('failing');
    write('apps/app/main.ts', 'broken', Date.now() / 1000);
    expect(buildIfStale({ root })).toBe(2);
    expect(buildIfStale({ root })).toBe(2);
    expect(bundles()).toHaveLength(1);
    rmSync(join(root, 'failing'));
    expect(buildIfStale({ root })).toBe(0);
    expect(buildIfStale({ root })).toBe(0);
    expect(builds()).toHaveLength(4);
  });
});
