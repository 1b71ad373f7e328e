import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DataFolderHeld } from './data-folder-lock.js';
import { pgliteClient } from './pglite-client.js';

const LOCK_MODULE = fileURLToPath(new URL('./data-folder-lock.ts', import.meta.url));

// The other process takes the folder with this lib's own lock, compiled by the compiler the tests run on.
const TAKE_FOLDER = `
import { transformFileSync } from '@swc/core';
const { code } = transformFileSync(process.env.LOCK_MODULE, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } });
const { lockDataFolder } = await import('data:text/javascript,' + encodeURIComponent(code));
try {
  await lockDataFolder(process.env.FOLDER);
  console.log('held');
  process.stdin.resume();
} catch (error) {
  console.log('refused: ' + error.message);
}
`;

/** Another Node process that tries to take `folder` and, if it does, holds it until killed. */
class OtherProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly answer: string,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  static async taking(folder: string): Promise<OtherProcess> {
    const child = spawn(process.execPath, ['--input-type=module', '-e', TAKE_FOLDER], {
      env: { ...process.env, LOCK_MODULE, FOLDER: folder },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const [answer] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    return new OtherProcess(child, answer);
  }

  /** Stops it as kill -9 would: no chance to release anything. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exited;
  }
}

describe('embedded client on a folder', () => {
  let folder: string;
  const others: OtherProcess[] = [];
  const other = async () => {
    const started = await OtherProcess.taking(folder);
    others.push(started);
    return started;
  };

  beforeEach(async () => void (folder = await mkdtemp(join(tmpdir(), 'pglite-lock-'))));
  afterEach(async () => {
    for (const started of others.splice(0)) await started.kill();
    await rm(folder, { recursive: true, force: true });
  });

  it('is refused the folder while another process holds it, naming the folder and that process', async () => {
    const holder = await other();
    expect(holder.answer).toBe('held');

    const opening = pgliteClient(folder);
    await expect(opening).rejects.toBeInstanceOf(DataFolderHeld);
    await expect(opening).rejects.toThrow(`The data folder ${folder} is held by process ${holder.pid} on `);
  }, 60_000);

  it('takes over the folder of a process that stopped without releasing it', async () => {
    const crashed = await other();
    expect(crashed.answer).toBe('held');
    await crashed.kill();

    const client = await pgliteClient(folder);
    try {
      expect(await client.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect((await other()).answer).toContain(`refused: The data folder ${folder} is held by process ${process.pid} on `);
    } finally {
      await client.close();
    }
  }, 60_000);

  it('releases the folder on close, to this process and to others', async () => {
    const first = await pgliteClient(folder);
    await expect(pgliteClient(folder)).rejects.toThrow(`held by process ${process.pid}`);
    await first.close();

    const reopened = await pgliteClient(folder);
    await reopened.close();
    expect((await other()).answer).toBe('held');
  }, 60_000);
});
