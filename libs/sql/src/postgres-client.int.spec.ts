import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithServer, POSTGRES } from '#testing';
import { postgresClient } from './postgres-client.js';
import type { Lease, SqlClient } from './sql-client.js';

describeWithServer(POSTGRES, 'postgres client leases', (url) => {
  let client: SqlClient;
  let other: SqlClient;
  const key = (name: string) => `lease-spec.${randomUUID()}.${name}`;

  beforeAll(() => {
    client = postgresClient({ url, maxConnections: 2 });
    other = postgresClient({ url, maxConnections: 2 });
  });
  afterAll(async () => {
    await client?.close();
    await other?.close();
  });

  it('holds any number of leases without taking connections from the pool', async () => {
    const leases = (await Promise.all(Array.from({ length: 6 }, (_, i) => client.tryLease(key(`many-${i}`))))) as Lease[];
    expect(leases.every((lease) => lease !== undefined)).toBe(true);
    const [row] = await Promise.all([client.query<{ one: number }>('SELECT 1 AS one'), client.query('SELECT pg_sleep(0.01)'), client.query('SELECT 2')]);
    expect(row).toEqual([{ one: 1 }]);
    await Promise.all(leases.map((lease) => lease.release()));
  });

  it('gives a key to one holder, in this process and in another, until it is released', async () => {
    const name = key('one-holder');
    const first = await client.tryLease(name);
    expect(first).toBeDefined();
    expect(await client.tryLease(name)).toBeUndefined();
    expect(await other.tryLease(name)).toBeUndefined();
    await first!.release();
    const second = await other.tryLease(name);
    expect(second).toBeDefined();
    expect(await client.tryLease(name)).toBeUndefined();
    await second!.release();
  });
});
