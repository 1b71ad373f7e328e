import { describe, expect, it } from '@jest/globals';
import { SharedReads } from './shared-reads.js';

/** A query the test finishes by hand, counting how many were started. */
function queries() {
  const started: { answer: (value: string) => void; fail: (error: Error) => void }[] = [];
  const query = () => new Promise<string>((answer, fail) => started.push({ answer, fail }));
  return { started, query };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('shared reads', () => {
  it('let callers arriving while a read runs share the one queued behind it, never the one under way', async () => {
    const reads = new SharedReads<string>();
    const { started, query } = queries();
    const early = reads.read('guide-1', query);
    await settle();
    const late = Array.from({ length: 10 }, () => reads.read('guide-1', query));
    await settle();
    expect(started).toHaveLength(1);

    started[0]!.answer('before the write');
    expect(await early).toBe('before the write');
    await settle();
    expect(started).toHaveLength(2);
    started[1]!.answer('after the write');
    expect(await Promise.all(late)).toEqual(Array.from({ length: 10 }, () => 'after the write'));
  });

  it('run reads of different keys at once', async () => {
    const reads = new SharedReads<string>();
    const { started, query } = queries();
    const answers = [reads.read('guide-1', query), reads.read('guide-2', query)];
    await settle();
    expect(started).toHaveLength(2);
    started.forEach((read, i) => read.answer(`guide-${i + 1}`));
    expect(await Promise.all(answers)).toEqual(['guide-1', 'guide-2']);
  });

  it('share a failure only with those who joined the read, and read afresh after it', async () => {
    const reads = new SharedReads<string>();
    const { started, query } = queries();
    const joined = [reads.read('guide-1', query), reads.read('guide-1', query)];
    await settle();
    started[0]!.fail(new Error('connection lost'));
    await expect(Promise.all(joined)).rejects.toThrow('connection lost');
    const afterwards = reads.read('guide-1', query);
    await settle();
    started[1]!.answer('read again');
    expect(await afterwards).toBe('read again');
  });
});
