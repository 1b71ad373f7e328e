import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../..', import.meta.url));
const SERVICE = fileURLToPath(new URL('./consuming-service.ts', import.meta.url));

/** `consuming-service.ts` run from the sources in a process of its own, as the project runs a child it kills. */
export class ConsumingProcess {
  private output = '';
  readonly exited: Promise<NodeJS.Signals | number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  }

  static start(env: NodeJS.ProcessEnv): ConsumingProcess {
    const child = spawn(process.execPath, ['--conditions=source', '--import', './test/support/ts-source.js', SERVICE], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ConsumingProcess(child);
  }

  /** What it printed, for a failure's message. */
  get log(): string {
    return this.output.slice(-4000);
  }

  /** Stops it as an operator would (SIGTERM: its bus stops and commits what it handled). */
  async stop(): Promise<NodeJS.Signals | number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }

  /** Kills it dead, for a test's clean-up after a failure. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
