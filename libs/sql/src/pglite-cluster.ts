import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Creates the cluster of the folder named second and exits, with PGlite's CommonJS build named first, so the child needs no module of ours. */
const CREATE = `require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close()).catch((error) => { console.error(error); process.exit(1); });`;

/**
 * Creates the PGlite cluster of a folder that has none in a short-lived process of its own. Creating one grows PGlite's
 * WebAssembly memory to about 800 MiB, which a process never gives back; opening one that exists takes about 300 MiB
 * (bench:start), so the app opens what the child created.
 */
export async function createClusterApart(folder: string): Promise<void> {
  if (await exists(join(folder, 'PG_VERSION'))) return;
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const child = spawn(process.execPath, ['-e', CREATE, pglite, folder], { stdio: ['ignore', 'ignore', 'pipe'] });
  const errors: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`Creating the embedded database in ${folder} failed (exit ${code}): ${Buffer.concat(errors).toString('utf8').trim()}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
