import { describe, expect, it } from '@jest/globals';
import type { LogPosition } from '#shared-kernel';
import type { LogEntry } from './global-log.js';
import { LogTail } from './log-tail.js';

const at = (commit: number, prepare = 0): LogPosition => ({ commit: BigInt(commit), prepare: BigInt(prepare) });
const entry = (commit: number, type: string, streamId = `lot-${commit}`): LogEntry => ({ position: at(commit, 1), type, streamId });

/** A log whose reads answer what the test queued, and count themselves; wake-ups moved by hand. */
function fakeLog() {
  const answers: (() => { entries: LogEntry[]; scannedTo: LogPosition })[] = [];
  const reads: LogPosition[] = [];
  const wakeups = { generation: 0 };
  const log = {
    entries: async (after: LogPosition) => {
      reads.push(after);
      const answer = answers.shift();
      if (!answer) throw new Error('no answer queued');
      return answer();
    },
  };
  return { tail: new LogTail(log, wakeups), wakeups, reads, queue: (answer: (typeof answers)[number]) => answers.push(answer) };
}

describe('LogTail', () => {
  it('tells a caller how far the log was read when nothing new passes its filter, and nothing when something does', async () => {
    const { tail, queue } = fakeLog();
    queue(() => ({ entries: [entry(5, 'LotScanned', 'lot-7'), entry(6, 'GuideIssued', 'guide-2')], scannedTo: at(9) }));
    expect(await tail.scannedPast(at(4), { eventTypes: ['CaseOpened'] }, 0)).toEqual(at(9));
    expect(await tail.scannedPast(at(4), { eventTypes: ['GuideIssued'] }, 0)).toBeUndefined();
    expect(await tail.scannedPast(at(4), { streamPrefixes: ['lot-'] }, 0)).toBeUndefined();
    expect(await tail.scannedPast(at(4), { streamPrefixes: ['permit-'] }, 0)).toEqual(at(9));
    expect(await tail.scannedPast(at(4), undefined, 0)).toBeUndefined();
    // Past the matching entry, nothing is new for that filter.
    expect(await tail.scannedPast(at(6, 1), { eventTypes: ['GuideIssued'] }, 0)).toEqual(at(9));
  });

  it('reads once for every caller of one wake-up, and again after the next', async () => {
    const { tail, wakeups, reads, queue } = fakeLog();
    queue(() => ({ entries: [], scannedTo: at(9) }));
    await Promise.all([tail.scannedPast(at(4), undefined, 0), tail.scannedPast(at(4), { eventTypes: ['X'] }, 0)]);
    expect(reads).toEqual([at(4)]);
    wakeups.generation = 1;
    queue(() => ({ entries: [entry(10, 'X')], scannedTo: at(12) }));
    expect(await tail.scannedPast(at(9), { eventTypes: ['Y'] }, 1)).toEqual(at(12));
    expect(await tail.scannedPast(at(9), { eventTypes: ['X'] }, 1)).toBeUndefined();
    // Each reading goes on from where the last one ended.
    expect(reads).toEqual([at(4), at(9)]);
  });

  it('cannot tell a caller behind its start or ahead of its end', async () => {
    const { tail, queue } = fakeLog();
    queue(() => ({ entries: [], scannedTo: at(9) }));
    expect(await tail.scannedPast(at(4), undefined, 0)).toEqual(at(9));
    expect(await tail.scannedPast(at(3), undefined, 0)).toBeUndefined();
    expect(await tail.scannedPast(at(10), undefined, 0)).toBeUndefined();
  });

  it('reads page after page within one wake-up until the horizon', async () => {
    const { tail, reads, queue } = fakeLog();
    const page = Array.from({ length: 1_000 }, (_, i) => entry(10 + i, 'LotScanned'));
    queue(() => ({ entries: page, scannedTo: page.at(-1)!.position }));
    queue(() => ({ entries: [], scannedTo: at(2_000) }));
    expect(await tail.scannedPast(at(4), { eventTypes: ['CaseOpened'] }, 0)).toEqual(at(2_000));
    expect(reads).toEqual([at(4), page.at(-1)!.position]);
  });

  it('stops a reading at ten thousand entries and cannot tell until a later wake-up reads on', async () => {
    const { tail, wakeups, reads, queue } = fakeLog();
    const pages = Array.from({ length: 11 }, (_, n) => Array.from({ length: 1_000 }, (_, i) => entry(10 + n * 1_000 + i, 'LotScanned')));
    for (const page of pages) queue(() => ({ entries: page, scannedTo: page.at(-1)!.position }));
    queue(() => ({ entries: [], scannedTo: at(20_000) }));
    expect(await tail.scannedPast(at(4), { eventTypes: ['CaseOpened'] }, 0)).toBeUndefined();
    expect(await tail.scannedPast(at(4), { eventTypes: ['CaseOpened'] }, 0)).toBeUndefined();
    expect(reads).toHaveLength(10);
    wakeups.generation = 1;
    expect(await tail.scannedPast(at(4), { eventTypes: ['CaseOpened'] }, 1)).toEqual(at(20_000));
    expect(reads).toHaveLength(12);
  });

  it('forgets all but its newest ten thousand entries once it holds twenty thousand: a caller before them is not told', async () => {
    const { tail, wakeups, queue } = fakeLog();
    for (let n = 0; n < 21; n++) {
      const page = Array.from({ length: 1_000 }, (_, i) => entry(10 + n * 1_000 + i, 'LotScanned'));
      queue(() => ({ entries: page, scannedTo: page.at(-1)!.position }));
    }
    queue(() => ({ entries: [], scannedTo: at(30_000) }));
    for (let generation = 0; generation < 3; generation++) {
      wakeups.generation = generation;
      await tail.scannedPast(at(4), { eventTypes: ['CaseOpened'] }, generation);
    }
    expect(await tail.scannedPast(at(11_009), { eventTypes: ['CaseOpened'] }, 2)).toBeUndefined();
    expect(await tail.scannedPast(at(11_009, 1), { eventTypes: ['CaseOpened'] }, 2)).toEqual(at(30_000));
  });

  it('cannot tell after a reading failed, and reads again at the next wake-up', async () => {
    const { tail, wakeups, reads, queue } = fakeLog();
    queue(() => {
      throw new Error('connection lost');
    });
    expect(await tail.scannedPast(at(4), undefined, 0)).toBeUndefined();
    expect(await tail.scannedPast(at(4), undefined, 0)).toBeUndefined();
    wakeups.generation = 1;
    queue(() => ({ entries: [], scannedTo: at(9) }));
    expect(await tail.scannedPast(at(4), undefined, 1)).toEqual(at(9));
    expect(reads).toEqual([at(4), at(4)]);
  });
});
