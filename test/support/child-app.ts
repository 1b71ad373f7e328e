import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * An app in a process of its own, run from the sources (the standalone app unless another main is named), so a test
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
    const child = spawn(process.execPath, ['--conditions=source', '--import', './test/support/ts-source.js', main], {
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
