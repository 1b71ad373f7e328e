import { access, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createClusterApart } from './pglite-cluster.js';
import { pgliteClient } from './pglite-client.js';

describe('the cluster of a new data folder', () => {
  let root: string;
  beforeEach(async () => void (root = await mkdtemp(join(tmpdir(), 'pglite-cluster-'))));
  afterEach(async () => rm(root, { recursive: true, force: true }));

  async function tablesOf(folder: string): Promise<string[]> {
    const client = await pgliteClient(folder);
    try {
      return (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((row) => row.name);
    } finally {
      await client.close();
    }
  }

  it('is a copy of its own of the pristine cluster the install keeps under node_modules/.cache', async () => {
    const [first, second] = [join(root, 'first'), join(root, 'second')];
    await createClusterApart(first);
    await createClusterApart(second);
    const client = await pgliteClient(first);
    await client.exec('CREATE TABLE only_in_first (id int)');
    await client.close();

    expect(await tablesOf(first)).toEqual(['only_in_first']);
    expect(await tablesOf(second)).toEqual([]);
    await createClusterApart(join(root, 'third'));
    expect(await tablesOf(join(root, 'third'))).toEqual([]);
    const pristine = (await readdir(join('node_modules', '.cache'))).filter((name) => /^pglite-cluster-\d+\.\d+\.\d+$/.test(name));
    expect(pristine).toHaveLength(1);
    await expect(access(join('node_modules', '.cache', pristine[0]!, 'PG_VERSION'))).resolves.toBeUndefined();
  }, 60_000);

  it('leaves a folder that holds a cluster as it is', async () => {
    const folder = join(root, 'kept');
    await createClusterApart(folder);
    const client = await pgliteClient(folder);
    await client.exec('CREATE TABLE kept (id int)');
    await client.close();
    await createClusterApart(folder);
    expect(await tablesOf(folder)).toEqual(['kept']);
  }, 60_000);

  it('completes a copy cut short, which lacks the PG_VERSION written last', async () => {
    const folder = join(root, 'cut-short');
    await mkdir(join(folder, 'base'), { recursive: true });
    await writeFile(join(folder, 'postgresql.conf'), '# half-written\n');
    await createClusterApart(folder);
    expect(await tablesOf(folder)).toEqual([]);
  }, 60_000);

  it('gives each in-memory database a copy of its own, loaded from the image kept beside the pristine cluster', async () => {
    const [first, second] = [await pgliteClient(), await pgliteClient()];
    try {
      await first.exec('CREATE TABLE only_in_first (id int)');
      const tables = (client: typeof first) => client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
      expect(await tables(first)).toEqual([{ name: 'only_in_first' }]);
      expect(await tables(second)).toEqual([]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    const images = (await readdir(join('node_modules', '.cache'))).filter((name) => /^pglite-cluster-\d+\.\d+\.\d+\.tar\.gz$/.test(name));
    expect(images).toHaveLength(1);
  }, 60_000);
});
