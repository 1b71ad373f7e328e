import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for one suite's embedded store, and the way to remove it. */
export async function tempDataDir(): Promise<{ readonly path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'standalone-e2e-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
