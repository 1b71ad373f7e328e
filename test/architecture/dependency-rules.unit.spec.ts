// Proves that the rules in .dependency-cruiser.cjs bite: a small repository is laid out in a temp folder
// (same package.json "imports", same tsconfig.json as the real one), once clean and once with one
// violation of every kind, and cruised with the real configuration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IReporterOutput, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

type Files = Record<string, string>;

/** A tree that breaks no rule: contexts harvest and transport, infrastructure libs, an app, a spec. */
const cleanFiles: Files = {
  'libs/shared-kernel/src/index.ts': "export * from './ids.js';\n",
  'libs/shared-kernel/src/ids.ts': "import { randomUUID } from 'node:crypto';\nexport const newId = (): string => randomUUID();\n",
  'libs/event-store/src/index.ts': "import { newId } from '#shared-kernel';\nexport const eventStore = { newId };\n",
  'libs/testing/src/index.ts': "import { eventStore } from '#event-store';\nexport const given = eventStore;\n",
  // harvest: a pure domain, a use case, an integration contract.
  'libs/harvest/src/index.ts': "export * from './register-log/register-log.js';\nexport * from './integration/index.js';\n",
  'libs/harvest/src/domain/log.ts': "import { newId } from '#shared-kernel';\nimport { species } from './species.js';\nexport const decide = () => ({ id: newId(), species });\n",
  'libs/harvest/src/domain/species.ts': "export const species = 'cedrela odorata';\n",
  'libs/harvest/src/register-log/register-log.ts':
    "import { eventStore } from '#event-store';\nimport { decide } from '../domain/log.js';\nexport const registerLog = () => ({ eventStore, event: decide() });\n",
  'libs/harvest/src/integration/index.ts': "export type LogRegistered = { readonly logId: string };\n",
  // transport: reaches harvest only through its integration folder; a spec may use #testing.
  'libs/transport/src/index.ts': "export * from './dispatch/dispatch.js';\n",
  'libs/transport/src/dispatch/dispatch.ts':
    "import type { LogRegistered } from '#harvest/integration';\nimport { eventStore } from '#event-store';\nexport const dispatch = (log: LogRegistered) => ({ eventStore, log });\n",
  'libs/transport/src/dispatch/dispatch.unit.spec.ts':
    "import { given } from '#testing';\nimport { dispatch } from './dispatch.js';\nexport const check = () => [given, dispatch];\n",
  // an app wires contexts through their public index.
  'apps/standalone/src/main.ts': "import { registerLog } from '#harvest';\nimport { dispatch } from '#transport';\nexport const app = [registerLog, dispatch];\n",
  // a package for the domain rule to find (declared, so it resolves as a real npm dependency).
  'node_modules/left-pad/package.json': '{ "name": "left-pad", "version": "1.3.0", "main": "index.js" }\n',
  'node_modules/left-pad/index.js': 'module.exports = (s) => s;\n',
  'node_modules/kafkajs/package.json': '{ "name": "kafkajs", "version": "2.2.4", "main": "index.js" }\n',
  'node_modules/kafkajs/index.js': 'module.exports = { Kafka: class {} };\n',
  // the bus's Kafka adapter is where kafkajs lives.
  'libs/messaging/src/kafka/kafka-bus.ts': "import { Kafka } from 'kafkajs';\nexport const bus = Kafka;\n",
};

/** One file (or pair) per kind of violation, each named after the rule it breaks. */
const violatingFiles: Files = {
  'libs/transport/src/domain/uses-builtin.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'libs/transport/src/domain/uses-builtin-type.ts': "import type { Readable } from 'node:stream';\nexport type Source = Readable;\n",
  'libs/transport/src/domain/uses-package.ts': "import leftPad from 'left-pad';\nexport const pad = leftPad;\n",
  'libs/transport/src/domain/uses-infrastructure.ts': "import { eventStore } from '#event-store';\nexport const store = eventStore;\n",
  'libs/transport/src/domain/uses-own-use-case.ts': "import { dispatch } from '../dispatch/dispatch.js';\nexport const d = dispatch;\n",
  'libs/transport/src/uses-app.ts': "import { app } from '../../../apps/standalone/src/main.js';\nexport const a = app;\n",
  'libs/transport/src/uses-harvest-index.ts': "import { registerLog } from '#harvest';\nexport const r = registerLog;\n",
  'libs/transport/src/uses-harvest-domain.ts': "import { decide } from '../../harvest/src/domain/log.js';\nexport const d = decide;\n",
  'libs/transport/src/uses-testing.ts': "import { given } from '#testing';\nexport const g = given;\n",
  'libs/transport/src/cycle-a.ts': "import { b } from './cycle-b.js';\nexport const a = () => b;\n",
  'libs/transport/src/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = () => a;\n",
  'libs/transport/src/uses-missing.ts': "import { gone } from './missing.js';\nexport const m = gone;\n",
  'libs/transport/src/uses-kafkajs.ts': "import { Kafka } from 'kafkajs';\nexport const k = Kafka;\n",
};

async function layOut(files: Files): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dependency-rules-'));
  const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { imports: unknown };
  const all: Files = {
    ...files,
    'package.json': JSON.stringify({ name: 'fixture', type: 'module', imports: manifest.imports, dependencies: { 'left-pad': '1.3.0', kafkajs: '2.2.4' } }),
    'tsconfig.json': await readFile(join(repoRoot, 'tsconfig.json'), 'utf8'),
  };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** Cruises apps/ and libs/ of a laid-out tree with the real configuration, as `npm run lint:deps` does. */
async function cruiseTree(root: string, outputType?: 'err'): Promise<IReporterOutput> {
  const options = await extractDepcruiseOptions(join(repoRoot, '.dependency-cruiser.cjs'));
  const tsConfigFile = join(root, 'tsconfig.json');
  return cruise(
    ['apps', 'libs'],
    { ...options, baseDir: root, tsConfig: { fileName: tsConfigFile }, ...(outputType ? { outputType } : {}) },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
}

const describeViolation = (v: IViolation): string => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  const roots: string[] = [];
  let clean: ICruiseResult;
  let violating: ICruiseResult;
  let report: IReporterOutput;

  beforeAll(async () => {
    roots.push(await layOut(cleanFiles), await layOut({ ...cleanFiles, ...violatingFiles }));
    const [cleanRoot, violatingRoot] = roots as [string, string];
    const results = await Promise.all([cruiseTree(cleanRoot), cruiseTree(violatingRoot), cruiseTree(violatingRoot, 'err')]);
    clean = results[0].output as ICruiseResult;
    violating = results[1].output as ICruiseResult;
    report = results[2];
  }, 60_000);

  afterAll(async () => {
    await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
  });

  it('resolves #… subpath imports under the "source" condition, into src/ and src/integration/', () => {
    const edges = clean.modules.flatMap((m) => m.dependencies.map((d) => `${m.source} → ${d.resolved}`));
    expect(edges).toEqual(
      expect.arrayContaining([
        'libs/event-store/src/index.ts → libs/shared-kernel/src/index.ts',
        'libs/transport/src/dispatch/dispatch.ts → libs/harvest/src/integration/index.ts',
        'apps/standalone/src/main.ts → libs/harvest/src/index.ts',
      ]),
    );
  });

  it('passes a clean tree', () => {
    expect(clean.summary.violations.map(describeViolation)).toEqual([]);
    expect(clean.summary.error).toBe(0);
  });

  it.each([
    ['domain-no-packages-or-builtins', 'libs/transport/src/domain/uses-builtin.ts', 'fs'],
    ['domain-no-packages-or-builtins', 'libs/transport/src/domain/uses-builtin-type.ts', 'stream'],
    ['domain-no-packages-or-builtins', 'libs/transport/src/domain/uses-package.ts', 'node_modules/left-pad/index.js'],
    ['domain-only-shared-kernel', 'libs/transport/src/domain/uses-infrastructure.ts', 'libs/event-store/src/index.ts'],
    ['domain-only-shared-kernel', 'libs/transport/src/domain/uses-own-use-case.ts', 'libs/transport/src/dispatch/dispatch.ts'],
    ['lib-not-to-app', 'libs/transport/src/uses-app.ts', 'apps/standalone/src/main.ts'],
    ['context-only-via-integration', 'libs/transport/src/uses-harvest-index.ts', 'libs/harvest/src/index.ts'],
    ['context-only-via-integration', 'libs/transport/src/uses-harvest-domain.ts', 'libs/harvest/src/domain/log.ts'],
    ['no-testing-in-production', 'libs/transport/src/uses-testing.ts', 'libs/testing/src/index.ts'],
    ['no-circular', 'libs/transport/src/cycle-a.ts', 'libs/transport/src/cycle-b.ts'],
    ['not-to-unresolvable', 'libs/transport/src/uses-missing.ts', './missing.js'],
    ['kafkajs-behind-the-bus-port', 'libs/transport/src/uses-kafkajs.ts', 'node_modules/kafkajs/index.js'],
  ])('reports %s for %s → %s', (rule, from, to) => {
    expect(violating.summary.violations.map(describeViolation)).toContain(`${rule}: ${from} → ${to}`);
  });

  it('reports nothing but the planted violations, all as errors', () => {
    const planted = new Set(Object.keys(violatingFiles));
    const stray = violating.summary.violations.filter((v) => !planted.has(v.from));
    expect(stray.map(describeViolation)).toEqual([]);
    expect(violating.summary.violations.every((v) => v.rule.severity === 'error')).toBe(true);
    expect(violating.summary.error).toBeGreaterThanOrEqual(12);
  });

  it('gives the command line a non-zero exit code, naming each rule (the "err" reporter depcruise prints)', () => {
    expect(report.exitCode).toBe(violating.summary.error);
    expect(report.exitCode).toBeGreaterThan(0);
    for (const rule of new Set(violating.summary.violations.map((v) => v.rule.name))) {
      expect(report.output).toContain(`error ${rule}:`);
    }
  });
});
