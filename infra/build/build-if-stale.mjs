// `npm start`, `seed`, `token`, … run this before running from dist/: it builds (tsc -p tsconfig.build.json, then the
// apps' bundles) only when an input of the build changed since the last successful one. `--always` builds anyway
// (`npm run build`). Plain ESM JavaScript: it has to run before anything is compiled, on Node 20 with no dependency
// but the build's own (typescript, esbuild).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleBuiltApps } from './app-bundles.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD_CONFIG = 'tsconfig.build.json';
// Inside dist/: removing dist/ removes the stamp, so the next command builds again.
export const STAMP = 'dist/.build-stamp';
// tsc compiles .ts/.mts/.cts and copies the .json files they import (resolveJsonModule).
const INPUT_EXTENSIONS = ['.ts', '.mts', '.cts', '.json'];
// The manifest's "type" and "imports" and the locked TypeScript and @types versions shape the output too.
const MANIFESTS = ['package.json', 'package-lock.json'];

/**
 * Whether to build: yes when there is no stamp of a successful build, or when an input was modified at or after
 * the moment that build started (at, not only after: a file saved within the file system's time granularity of the
 * start may not have been read).
 * @param {ReadonlyArray<{ path: string, mtimeMs: number }>} inputs
 * @param {number | undefined} stampMtimeMs
 * @returns {{ build: boolean, reason: string }}
 */
export function buildDecision(inputs, stampMtimeMs) {
  if (stampMtimeMs === undefined) return { build: true, reason: `no ${STAMP} from a successful build` };
  const changed = inputs.filter((input) => input.mtimeMs >= stampMtimeMs);
  if (changed.length === 0) return { build: false, reason: `no input changed since the build of ${new Date(stampMtimeMs).toISOString()}` };
  const more = changed.length > 1 ? ` and ${changed.length - 1} more` : '';
  return { build: true, reason: `${changed[0].path}${more} changed since the last build` };
}

/**
 * The config files from tsconfig.build.json up its "extends" chain, and the include/exclude that apply (the nearest
 * config that sets them, as tsc reads them).
 * @returns {{ configs: string[], include: string[], exclude: string[] }}
 */
function buildConfig(root) {
  const configs = [];
  let include;
  let exclude;
  for (let file = BUILD_CONFIG; file !== undefined; ) {
    configs.push(file);
    const config = JSON.parse(readFileSync(join(root, file), 'utf8'));
    include ??= config.include;
    exclude ??= config.exclude;
    // Only a relative "extends" is a file of this repository; a package's config changes with package-lock.json.
    file = typeof config.extends === 'string' && config.extends.startsWith('.') ? relative(root, resolve(root, dirname(file), config.extends)) : undefined;
  }
  return { configs, include: include ?? ['.'], exclude: exclude ?? [] };
}

/**
 * Every file tsc may read for the build, and every folder it looks in (a folder's time changes when a file in it is
 * added, removed or renamed, which a file's own time does not show). Exclusions are honoured where they are a path
 * or `**\/*<suffix>`; any other pattern is ignored, which can only cause a build too many, never one too few.
 * @returns {Array<{ path: string, mtimeMs: number }>}
 */
export function buildInputs(root = ROOT) {
  const { configs, include, exclude } = buildConfig(root);
  const excludedPaths = exclude.filter((pattern) => !pattern.includes('*')).map((path) => path.replace(/\/$/, ''));
  const excludedSuffixes = exclude.filter((pattern) => /^\*\*\/\*[^*/]+$/.test(pattern)).map((pattern) => pattern.slice(4));
  const excluded = (path) => excludedPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) || excludedSuffixes.some((suffix) => path.endsWith(suffix));
  const inputs = [...configs, ...MANIFESTS].map((path) => ({ path, mtimeMs: statSync(join(root, path)).mtimeMs }));
  const visit = (path) => {
    const stats = statSync(join(root, path), { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      inputs.push({ path: `${path}/`, mtimeMs: stats.mtimeMs });
      for (const name of readdirSync(join(root, path))) {
        const child = path === '.' ? name : `${path}/${name}`;
        // tsc's wildcards skip dot-folders and node_modules (infra/kafka/.cache holds a running broker's data).
        if (!name.startsWith('.') && name !== 'node_modules' && !excluded(child)) visit(child);
      }
    } else if (stats?.isFile() && INPUT_EXTENSIONS.some((extension) => path.endsWith(extension))) {
      inputs.push({ path, mtimeMs: stats.mtimeMs });
    }
  };
  for (const pattern of include) {
    // A pattern with wildcards is walked from the folder before its first wildcard: more files, never fewer.
    const parts = pattern.split('/');
    const wildcard = parts.findIndex((part) => /[*?]/.test(part));
    visit((wildcard === -1 ? parts : parts.slice(0, wildcard)).join('/').replace(/\/$/, '') || '.');
  }
  return inputs;
}

function stampMtimeMs(root) {
  try {
    return statSync(join(root, STAMP)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Builds when needed; answers tsc's exit code (0 when nothing had to be done). */
export function buildIfStale({ root = ROOT, always = false } = {}) {
  let decision;
  try {
    decision = always ? { build: true, reason: 'asked to' } : buildDecision(buildInputs(root), stampMtimeMs(root));
  } catch (error) {
    // A config this script cannot read (comments in a tsconfig, say) must not stop the command: build instead.
    decision = { build: true, reason: `the build's inputs could not be listed (${error.message})` };
  }
  if (!decision.build) return 0;
  if (!always) process.stderr.write(`Building (${decision.reason})…\n`);
  // The stamp takes the time the build started, so a file saved while tsc runs still counts as changed next time.
  const startedAt = new Date();
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  // tsc writes its diagnostics to stdout; send them to stderr so `TOKEN=$(npm run -s token …)` captures only the token.
  const { status, error } = spawnSync(process.execPath, [tsc, '-p', BUILD_CONFIG], { cwd: root, stdio: ['ignore', 2, 2] });
  if (error) throw error;
  if (status !== 0) return status ?? 1;
  bundleBuiltApps(root);
  mkdirSync(dirname(join(root, STAMP)), { recursive: true });
  writeFileSync(join(root, STAMP), `tsc -p ${BUILD_CONFIG} succeeded from the inputs as of ${startedAt.toISOString()}\n`);
  utimesSync(join(root, STAMP), startedAt, startedAt);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = buildIfStale({ always: process.argv.includes('--always') });
}
