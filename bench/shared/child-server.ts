import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** The standalone app as `npm start` runs it: its bundle, with the V8 flag package.json's start gives it (README, "Operating the service"). */
const STANDALONE_APP = { script: 'dist/bundle/standalone.js', nodeArgs: ['--max-semi-space-size=64'] } as const;

/** A built server (the standalone app, or a bench's own) in a process of its own, so the load generator does not share its event loop. */
export class ChildServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static startApp(env: NodeJS.ProcessEnv, port: number): Promise<ChildServer> {
    return ChildServer.start(STANDALONE_APP.script, env, port, STANDALONE_APP.nodeArgs);
  }

  static async start(script: string, env: NodeJS.ProcessEnv, port: number, nodeArgs: readonly string[] = []): Promise<ChildServer> {
    // Another app left on the port would answer for ours, with other keys and data.
    if (await answers(`http://127.0.0.1:${port}/health`)) throw new Error(`Something already answers on port ${port}: stop it or set BENCH_PORT`);
    // BENCH_SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, profiles the app under load.
    const benchArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, ...benchArgs, script], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = new ChildServer(child, `http://127.0.0.1:${port}`);
    await server.healthy(120_000);
    return server;
  }

  private async healthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The server exited with code ${this.child.exitCode}`);
      if (await answers(`${this.url}/health`)) return;
      await sleep(200);
    }
    throw new Error(`The server did not answer /health within ${timeoutMs} ms`);
  }

  /** Resident memory of the server's process now, from /proc (Linux). */
  async rssMiB(): Promise<number> {
    const status = await readFile(`/proc/${this.child.pid}/status`, 'utf8');
    const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
    if (!Number.isFinite(kib)) throw new Error(`No VmRSS for process ${this.child.pid}`);
    return kib / 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
