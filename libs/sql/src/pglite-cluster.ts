import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { access, copyFile, cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** Creates the cluster of the folder named second and exits, with PGlite's CommonJS build named first, so the child needs no module of ours. */
const CREATE = `require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close()).catch((error) => { console.error(error); process.exit(1); });`;

/** Opens the copy of a cluster named second and writes its gzipped image to the file named third. */
const DUMP = `require(process.argv[1]).PGlite.create(process.argv[2]).then(async (db) => { const image = await db.dumpDataDir('gzip'); await db.close(); require('node:fs').writeFileSync(process.argv[3], Buffer.from(await image.arrayBuffer())); }).catch((error) => { console.error(error); process.exit(1); });`;

/** Written last into a folder, so a copy cut short is never taken for a cluster. */
const MARKER = 'PG_VERSION';

/**
 * Gives a folder that has no PGlite cluster a new one: a copy of the pristine cluster this install keeps for its PGlite
 * version, made once by initdb in a short-lived process of its own. Initdb takes about 5 s; creating a cluster grows
 * PGlite's WebAssembly memory to about 800 MiB, which a process never gives back, while opening one that exists takes
 * about 300 MiB (bench:start), so the app only ever opens a cluster made elsewhere.
 */
export async function createClusterApart(folder: string): Promise<void> {
  if (await exists(join(folder, MARKER))) return;
  const { cluster: pristine } = await pristineCluster();
  await cp(pristine, folder, { recursive: true, filter: (source) => source !== join(pristine, MARKER) });
  await copyFile(join(pristine, MARKER), join(folder, MARKER));
}

/**
 * The pristine cluster as an image PGlite loads into memory (`loadDataDir`), kept beside the cluster: an in-memory
 * database loads it in about 1.4 s of CPU where initdb in memory takes about 5 s and grows the process to 800 MiB.
 * Gzipped: 4.5 MB instead of 40, and inflating it costs less than reading and copying the 40 MB did.
 */
export async function pristineClusterImage(): Promise<Blob> {
  const { pglite, cluster } = await pristineCluster();
  const image = `${cluster}.tar.gz`;
  if (!(await exists(image))) {
    // Made from a copy: opening a cluster writes to it, and other processes may be copying the pristine one.
    const copy = `${cluster}.${randomUUID()}`;
    try {
      await cp(cluster, copy, { recursive: true });
      await builtAside(image, (building) => runApart(DUMP, pglite, copy, building), exists);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }
  return new Blob([await readFile(image)], { type: 'application/gzip' });
}

/** The pristine cluster of the installed PGlite version under `node_modules/.cache`, created when missing. */
async function pristineCluster(): Promise<{ pglite: string; cluster: string }> {
  const require = createRequire(import.meta.url);
  const pglite = require.resolve('@electric-sql/pglite');
  const { version } = JSON.parse(await readFile(join(packageRoot(pglite), 'package.json'), 'utf8')) as { version: string };
  const cluster = join(cacheRoot(pglite), `pglite-cluster-${version}`);
  const isCluster = (path: string) => exists(join(path, MARKER));
  if (!(await isCluster(cluster))) await builtAside(cluster, (building) => runApart(CREATE, pglite, building), isCluster);
  return { pglite, cluster };
}

/** Builds beside the final name and renames into place, so processes racing to build it never see half of one. */
async function builtAside(path: string, build: (building: string) => Promise<void>, isBuilt: (path: string) => Promise<boolean>): Promise<void> {
  const building = `${path}.${randomUUID()}`;
  await mkdir(dirname(path), { recursive: true });
  try {
    await build(building);
    await rename(building, path).catch(async (error: NodeJS.ErrnoException) => {
      if (!(await isBuilt(path))) throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}

/** Runs one of the scripts above in a short-lived process, whose WebAssembly memory goes with it. */
async function runApart(script: string, ...args: string[]): Promise<void> {
  const child = spawn(process.execPath, ['-e', script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const errors: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`Preparing the embedded database in ${args.at(-1)} failed (exit ${code}): ${Buffer.concat(errors).toString('utf8').trim()}`);
}

/** `<dir>/node_modules/@electric-sql/pglite` from the path of one of its files. */
function packageRoot(file: string): string {
  const marker = `${sep}node_modules${sep}@electric-sql${sep}pglite${sep}`;
  return file.slice(0, file.lastIndexOf(marker) + marker.length - 1);
}

/** The `node_modules/.cache` of the install PGlite was resolved from: owned by whoever installed it, as tools' caches are. */
function cacheRoot(file: string): string {
  const marker = `${sep}node_modules${sep}`;
  return join(file.slice(0, file.lastIndexOf(marker) + marker.length), '.cache');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
