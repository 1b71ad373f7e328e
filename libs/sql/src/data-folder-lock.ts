import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The process a data folder's lock file names. */
export interface FolderHolder {
  readonly pid: number;
  readonly host: string;
  /** When it took the folder (ISO 8601). */
  readonly since: string;
  /** Tells this lock from any other, though pids are reused. */
  readonly token: string;
}

/** Refusal to open a data folder that another process holds. */
export class DataFolderHeld extends Error {
  constructor(
    readonly folder: string,
    readonly holder: FolderHolder,
    lockFile: string,
  ) {
    const elsewhere = holder.host === hostname() ? '' : ` Its processes cannot be seen from here: if ${holder.host} no longer runs it, remove ${lockFile}.`;
    super(`The data folder ${folder} is held by process ${holder.pid} on ${holder.host} since ${holder.since}: one process at a time may open it.${elsewhere}`);
  }
}

export interface DataFolderLock {
  release(): Promise<void>;
}

const LOCK_FILE = 'owner.lock';

/** Tokens of the locks this process holds: a lock with this pid but another token was left by an earlier process that had the same pid. */
const heldHere = new Set<string>();

/**
 * Takes `folder` for this process: refused while the process its lock file names runs, taken over once
 * that process has stopped (a crash, kill -9), released by `release`.
 */
export async function lockDataFolder(folder: string): Promise<DataFolderLock> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, LOCK_FILE);
  const me: FolderHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomUUID() };
  for (;;) {
    if (await create(path, me)) {
      heldHere.add(me.token);
      return { release: () => release(path, me) };
    }
    const holder = await read(path);
    if (holder === undefined) continue;
    if (runs(holder)) throw new DataFolderHeld(folder, holder, path);
    await removeStale(path, holder);
  }
}

/** Written aside, then linked in place (which fails if a lock exists): a lock is never seen half written, and judged stale for it. */
async function create(path: string, me: FolderHolder): Promise<boolean> {
  const written = `${path}.${me.token}.new`;
  await writeFile(written, JSON.stringify(me));
  try {
    await link(written, path);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(written);
  }
}

async function read(path: string): Promise<FolderHolder | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
  const holder = parse(text);
  if (!holder) throw new Error(`The lock file ${path} does not name a process: if none runs on the folder, remove it.`);
  return holder;
}

function parse(text: string): FolderHolder | undefined {
  try {
    const { pid, host, since, token } = JSON.parse(text) as Partial<Record<keyof FolderHolder, unknown>>;
    if (Number.isInteger(pid) && (pid as number) > 0 && typeof host === 'string' && typeof since === 'string' && typeof token === 'string') return { pid: pid as number, host, since, token };
  } catch {
    // not JSON: it names no process either
  }
  return undefined;
}

function runs(holder: FolderHolder): boolean {
  // Another host's processes cannot be seen from here: its lock holds until removed by hand.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(holder.token);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
}

/**
 * Removes the stale lock `holder` and nothing else: the one process that links it under a name of its own
 * (a link fails if the name exists) may remove it, so two processes that found it stale cannot both take the folder.
 */
async function removeStale(path: string, holder: FolderHolder): Promise<void> {
  const claim = `${path}.${holder.token}.stale`;
  try {
    await link(path, claim);
  } catch (error) {
    if (code(error) === 'ENOENT') return;
    if (code(error) === 'EEXIST') throw new Error(`Another process is taking over ${path} from the stopped process ${holder.pid}; if none is, remove ${claim}.`, { cause: error });
    throw error;
  }
  try {
    // The file linked may already be a new lock, made after the stale one was removed.
    if ((await read(claim))?.token === holder.token) await unlink(path);
  } finally {
    await unlink(claim);
  }
}

async function release(path: string, me: FolderHolder): Promise<void> {
  try {
    if ((await read(path))?.token === me.token) await unlink(path);
  } finally {
    heldHere.delete(me.token);
  }
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}
