import { describe, expect, it } from '@jest/globals';
import { RecentReads } from './recent-reads.js';

function counted() {
  let calls = 0;
  const load = (value: string) => () => (calls++, Promise.resolve(value));
  return { load, calls: () => calls };
}

describe('RecentReads', () => {
  it('answers a fresh read from memory and asks again once it is older than the bound', async () => {
    let now = 1_000;
    const reads = new RecentReads<string>(500, () => now);
    const { load, calls } = counted();
    expect(await reads.read('permit-1', load('first'))).toBe('first');
    now += 499;
    expect(await reads.read('permit-1', load('second'))).toBe('first');
    now += 1;
    expect(await reads.read('permit-1', load('third'))).toBe('third');
    expect(calls()).toBe(2);
  });

  it('shares one read among concurrent callers', async () => {
    const reads = new RecentReads<string>(500, () => 0);
    let release!: (value: string) => void;
    let calls = 0;
    const load = () => (calls++, new Promise<string>((resolve) => (release = resolve)));
    const both = Promise.all([reads.read('k', load), reads.read('k', load)]);
    release('once');
    expect(await both).toEqual(['once', 'once']);
    expect(calls).toBe(1);
  });

  it('asks again after a write in this process, even within the bound', async () => {
    const reads = new RecentReads<string>(60_000, () => 0);
    const { load } = counted();
    await reads.read('k', load('before'));
    reads.forget('k');
    expect(await reads.read('k', load('after'))).toBe('after');
  });

  it('keeps no failed read', async () => {
    const reads = new RecentReads<string>(60_000, () => 0);
    await expect(reads.read('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await reads.read('k', () => Promise.resolve('up'))).toBe('up');
  });

  it('forgets the key whose read is oldest past its bound on keys', async () => {
    const reads = new RecentReads<string>(60_000, () => 0, 2);
    const { load, calls } = counted();
    await reads.read('a', load('a'));
    await reads.read('b', load('b'));
    await reads.read('c', load('c'));
    await reads.read('b', load('b again'));
    expect(calls()).toBe(3);
    expect(await reads.read('a', load('a again'))).toBe('a again');
  });
});
