import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';
import type { Plugin } from 'esbuild';
import { BUNDLE_OPTIONS, esbuildAt } from '../../infra/build/app-bundles.mjs';
import { SWC_OPTIONS } from './swc-options.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The sources compiled as Jest compiles them, so the bundle runs the code under test. */
const swcTypeScript: Plugin = {
  name: 'swc-typescript',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({ contents: (await transform(await readFile(path, 'utf8'), { ...SWC_OPTIONS, filename: path })).code, loader: 'js' }));
  },
};

/** Each main's bundle, made once per test file. */
const bundles = new Map<string, Promise<string>>();

/**
 * The app as `npm start` runs it, a bundle (ADR 15), but of the sources: a start through loader hooks compiling ~800
 * modules one by one took ~4.5 s, from the bundle ~2.7 s, and a suite that kills apps starts dozens.
 */
function bundled(main: string): Promise<string> {
  let bundle = bundles.get(main);
  if (bundle === undefined) {
    bundle = bundleSources(main);
    bundles.set(main, bundle);
  }
  return bundle;
}

async function bundleSources(main: string): Promise<string> {
  // Inside node_modules, where its packages resolve; one folder per Jest worker, whose files run one after another.
  const outdir = join(ROOT, 'node_modules/.cache/child-apps', process.env.JEST_WORKER_ID ?? String(process.pid), basename(dirname(dirname(main))));
  await rm(outdir, { recursive: true, force: true });
  await esbuildAt(ROOT).build({ ...BUNDLE_OPTIONS, absWorkingDir: ROOT, entryPoints: { main }, outdir, conditions: ['source'], plugins: [swcTypeScript] });
  return join(outdir, 'main.js');
}

/**
 * An app in a process of its own, bundled from the sources (the standalone app unless another main is named), so a test
 * can kill it dead (SIGKILL, no shutdown) and start it again on the same store, or run each context apart.
 */
export class ChildApp {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly exited: Promise<NodeJS.Signals | number | null>,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Starts it on any free port and resolves with its base URL once it listens. */
  static async start(env: NodeJS.ProcessEnv, timeoutMs = 120_000, main = 'apps/standalone/src/main.ts'): Promise<{ app: ChildApp; url: string }> {
    const child = spawn(process.execPath, [await bundled(main)], {
      cwd: ROOT,
      env: { ...inherited(), PORT: '0', HOST: '127.0.0.1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const app = new ChildApp(child, exited);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const url = /Listening on (http:\/\/[^\s]+)/.exec(app.output)?.[1];
      if (url) return { app, url };
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The app exited before listening:\n${app.output.slice(-4000)}`);
      if (Date.now() > deadline) throw new Error(`The app did not listen within ${timeoutMs} ms:\n${app.output.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** What it printed, for a failure's message. */
  get log(): string {
    return this.output;
  }

  /** Stops it as an operator would (SIGTERM, a clean shutdown). */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

/** The test run's environment, but its brokers: an app joins Kafka only where its test says so, in a namespace of its own. */
function inherited(): NodeJS.ProcessEnv {
  const { KAFKA_BROKERS: _brokers, ...rest } = process.env;
  return rest;
}
