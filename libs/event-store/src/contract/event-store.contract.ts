import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { comparePositions, LOG_START, type RecordedEvent, StreamDeleted, StreamNotFound, VersionConflict } from '#shared-kernel';
import type { EventStore } from '../event-store.js';
import type { ContractSubject } from './contract-subject.js';
import { anEvent, eventually, events, ids, readOnceFinal, uniqueStream } from './contract-events.js';

export interface ContractCapabilities {
  /** The storage can hold two transactions open at once, so out-of-order commits can be staged. */
  readonly concurrentTransactions: boolean;
}

/** The behaviour every event-store adapter must show; each adapter's integration spec runs it. */
export function describeEventStoreContract(adapter: string, open: () => Promise<ContractSubject>, capabilities: ContractCapabilities): void {
  describe(`event store contract: ${adapter}`, () => {
    let subject: ContractSubject;
    let store: EventStore;

    // Opening can be slow: PGlite's first start takes 10-17 s on a loaded 2-core machine.
    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    }, 60_000);
    afterAll(() => subject?.dispose());

    describe('appending and reading a stream', () => {
      it('appends to a new stream and reads the events back with their metadata, positions from 1', async () => {
        const stream = uniqueStream();
        const batch = events(3);
        const result = await store.append(stream, batch, 'no_stream');
        expect(result.nextExpectedVersion).toBe(3);

        const read = await store.readStream(stream);
        expect(read.map((e) => [e.id, e.type, e.data, e.metadata, e.streamId, e.streamPosition])).toEqual(
          batch.map((e, i) => [e.id, e.type, e.data, e.metadata, stream, i + 1]),
        );
        expect(read[2]!.position).toEqual(result.position);
        expect(read[0]!.recordedAt).toBeInstanceOf(Date);
      });

      it('appends at the exact expected version and refuses a stale one with the actual version', async () => {
        const stream = uniqueStream();
        await store.append(stream, events(2), 'no_stream');
        await expect(store.append(stream, events(1), 2)).resolves.toMatchObject({ nextExpectedVersion: 3 });

        const stale = store.append(stream, events(1), 2);
        await expect(stale).rejects.toBeInstanceOf(VersionConflict);
        await expect(stale).rejects.toMatchObject({ streamId: stream, expected: 2, actual: 3 });
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it("refuses 'no_stream' on an existing stream and an exact version on a missing one", async () => {
        const stream = uniqueStream();
        await store.append(stream, events(1), 'no_stream');
        await expect(store.append(stream, events(1), 'no_stream')).rejects.toMatchObject({ actual: 1 });
        await expect(store.append(uniqueStream(), events(1), 1)).rejects.toMatchObject({ actual: 'no_stream' });
      });

      it("appends with 'any' whatever the version", async () => {
        const stream = uniqueStream();
        await expect(store.append(stream, events(1), 'any')).resolves.toMatchObject({ nextExpectedVersion: 1 });
        await expect(store.append(stream, events(2), 'any')).resolves.toMatchObject({ nextExpectedVersion: 3 });
      });

      it('lets exactly one of 100 concurrent appends at the same expected version succeed', async () => {
        const stream = uniqueStream();
        await store.append(stream, events(1), 'no_stream');
        const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => store.append(stream, events(1), 1)));

        const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
        const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
        expect(succeeded).toHaveLength(1);
        expect(refused).toHaveLength(99);
        for (const error of refused) expect(error).toBeInstanceOf(VersionConflict);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('stores a retried batch once and answers the retry with the same result', async () => {
        const stream = uniqueStream();
        const batch = events(3);
        const first = await store.append(stream, batch, 'no_stream');
        await expect(store.append(stream, batch, 'no_stream')).resolves.toMatchObject(first);
        await store.append(stream, events(1), 3);
        await expect(store.append(stream, batch, 'no_stream')).resolves.toMatchObject(first);
        await expect(store.append(stream, batch, 'any')).resolves.toMatchObject(first);
        expect(ids(await store.readStream(stream, { maxCount: 3 }))).toEqual(ids(batch));
        expect(await store.readStream(stream)).toHaveLength(4);
      });

      it('refuses a different batch at a taken position', async () => {
        const stream = uniqueStream();
        const batch = events(2);
        await store.append(stream, batch, 'no_stream');
        await expect(store.append(stream, [batch[0]!, anEvent()], 'no_stream')).rejects.toBeInstanceOf(VersionConflict);
        await expect(store.append(stream, events(2), 'no_stream')).rejects.toBeInstanceOf(VersionConflict);
        expect(ids(await store.readStream(stream))).toEqual(ids(batch));
      });

      it('reads backwards, from a version, and a bounded count', async () => {
        const stream = uniqueStream();
        const batch = events(5);
        await store.append(stream, batch, 'no_stream');
        const positions = (read: readonly RecordedEvent[]) => read.map((e) => e.streamPosition);
        expect(positions(await store.readStream(stream, { direction: 'backwards' }))).toEqual([5, 4, 3, 2, 1]);
        expect(positions(await store.readStream(stream, { direction: 'backwards', fromVersion: 3, maxCount: 2 }))).toEqual([3, 2]);
        expect(positions(await store.readStream(stream, { fromVersion: 2, maxCount: 2 }))).toEqual([2, 3]);
        expect(await store.readStream(stream, { fromVersion: 9 })).toEqual([]);
      });

      it('finds events by id and by the keys they claim, in stream order, and nothing else', async () => {
        const stream = uniqueStream();
        const claiming = (keys: string[]) => ({ ...anEvent(), metadata: { ...anEvent().metadata, keys } });
        const [lot, plain, guide, both] = [claiming(['lot/L1']), anEvent(), claiming(['guide/G1']), claiming(['lot/L2', 'guide/G2'])];
        await store.append(stream, [lot, plain], 'no_stream');
        await store.append(stream, [guide, ...events(3), both], 2);
        const found = await store.findEvents(stream, { ids: [plain.id], keys: ['guide/G2', 'lot/L1'] });
        expect(found.map((e) => [e.id, e.streamPosition])).toEqual([[lot.id, 1], [plain.id, 2], [both.id, 7]]);
        expect(found[2]!.metadata.keys).toEqual(['lot/L2', 'guide/G2']);
        expect(await store.findEvents(stream, { ids: [anEvent().id], keys: ['lot/L9', 'L1'] })).toEqual([]);
        expect(await store.findEvents(uniqueStream(), { keys: ['lot/L1'] })).toEqual([]);
      });

      it('says a stream does not exist', async () => {
        await expect(store.readStream(uniqueStream())).rejects.toBeInstanceOf(StreamNotFound);
      });

      it('refuses reads and appends on a deleted stream', async () => {
        const stream = uniqueStream();
        await store.append(stream, events(2), 'no_stream');
        await expect(store.deleteStream(stream, 1)).rejects.toBeInstanceOf(VersionConflict);
        await store.deleteStream(stream, 2);
        await expect(store.readStream(stream)).rejects.toBeInstanceOf(StreamDeleted);
        await expect(store.append(stream, events(1), 'any')).rejects.toBeInstanceOf(StreamDeleted);
        await expect(store.append(stream, events(1), 'no_stream')).rejects.toBeInstanceOf(StreamDeleted);
      });
    });

    describe('the global log', () => {
      it('keeps per-stream and global order, and reads on from a checkpoint', async () => {
        const prefix = uniqueStream('order');
        const streams = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
        const appended: string[] = [];
        for (let round = 0; round < 4; round++) {
          for (const stream of streams) {
            const batch = events(2);
            await store.append(stream, batch, round === 0 ? 'no_stream' : round * 2);
            appended.push(...ids(batch));
          }
        }
        const filter = { streamPrefixes: [prefix] };
        const all = await readOnceFinal(() => store.readAll({ maxCount: 1000, filter }), appended.length);
        expect(ids(all)).toEqual(appended);
        for (let i = 1; i < all.length; i++) expect(comparePositions(all[i - 1]!.position, all[i]!.position)).toBe(-1);
        for (const stream of streams) {
          expect(all.filter((e) => e.streamId === stream).map((e) => e.streamPosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        }

        const checkpoint = all[9]!.position;
        expect(ids(await store.readAll({ after: checkpoint, maxCount: 1000, filter }))).toEqual(appended.slice(10));
        expect(ids(await store.readAll({ after: checkpoint, maxCount: 5, filter }))).toEqual(appended.slice(10, 15));
      });

      it('filters by event type and stream prefix', async () => {
        const prefix = uniqueStream('filter');
        await store.append(`${prefix}-1`, [anEvent('LotExtracted'), anEvent('LotDispatched')], 'no_stream');
        await store.append(`other-${prefix}`, [anEvent('LotExtracted')], 'no_stream');
        const found = await readOnceFinal(() => store.readAll({ maxCount: 100, filter: { eventTypes: ['LotExtracted'], streamPrefixes: [prefix] } }), 1);
        expect(found.map((e) => [e.streamId, e.type])).toEqual([[`${prefix}-1`, 'LotExtracted']]);
      });

      it('counts what a read after a position would find through a filter, and where the last of it is', async () => {
        const prefix = uniqueStream('backlog');
        const filter = { eventTypes: ['LotExtracted'], streamPrefixes: [prefix] };
        expect(await store.backlog({ filter })).toEqual({ events: 0 });
        await store.append(`${prefix}-1`, [anEvent('LotExtracted'), anEvent('LotDispatched'), anEvent('LotExtracted')], 'no_stream');
        const second = await store.append(`${prefix}-2`, [anEvent('LotExtracted')], 'no_stream');
        await store.append(`other-${prefix}`, [anEvent('LotExtracted')], 'no_stream');
        const read = await readOnceFinal(() => store.readAll({ maxCount: 100, filter }), 3);
        expect(await store.backlog({ filter })).toEqual({ events: 3, last: second.position });
        expect(await store.backlog({ after: read[0]!.position, filter })).toEqual({ events: 2, last: second.position });
        expect(await store.backlog({ after: second.position, filter })).toEqual({ events: 0 });
        expect(await store.backlog({ filter, upTo: 2 })).toEqual({ events: 2, last: read[1]!.position });
        expect(await store.backlog({ after: read[0]!.position, filter, upTo: 5 })).toEqual({ events: 2, last: second.position });
      });

      it('gives the appended batch position as its last event position in the log', async () => {
        const stream = uniqueStream();
        const result = await store.append(stream, events(2), 'no_stream');
        const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
        expect(last!.position).toEqual(result.position);
        expect(comparePositions(result.position, LOG_START)).toBe(1);
      });
    });

    describe('subscriptions', () => {
      it('delivers every event once, in order, and reports when caught up', async () => {
        const prefix = uniqueStream('sub');
        const received: RecordedEvent[] = [];
        const before = events(5);
        await store.append(`${prefix}-1`, before, 'no_stream');
        const subscription = store.subscribe({
          name: uniqueStream('subscriber'),
          filter: { streamPrefixes: [prefix] },
          batchSize: 2,
          handle: async (batch) => void received.push(...batch),
        });
        await subscription.caughtUp();
        expect(ids(received)).toEqual(ids(before));

        const after = events(3);
        await store.append(`${prefix}-2`, after, 'no_stream');
        await subscription.caughtUp();
        expect(ids(received)).toEqual([...ids(before), ...ids(after)]);
        await subscription.stop();
      });

      it('resumes from its checkpoint after a restart with no loss and no duplicate', async () => {
        const prefix = uniqueStream('resume');
        const name = uniqueStream('resumer');
        const received: string[] = [];
        const options = { name, filter: { streamPrefixes: [prefix] }, batchSize: 3, handle: async (batch: readonly RecordedEvent[]) => void received.push(...ids(batch)) };
        const first = events(7);
        await store.append(`${prefix}-1`, first, 'no_stream');
        const running = store.subscribe(options);
        await running.caughtUp();
        await running.stop();

        const second = events(4);
        await store.append(`${prefix}-1`, second, 7);
        const restarted = store.subscribe(options);
        await restarted.caughtUp();
        await restarted.stop();
        expect(received).toEqual([...ids(first), ...ids(second)]);
      });

      it('stops on a handler error without advancing past the failed batch', async () => {
        const prefix = uniqueStream('failing');
        const name = uniqueStream('failer');
        const batch = events(2);
        await store.append(`${prefix}-1`, batch, 'no_stream');
        const failing = store.subscribe({ name, filter: { streamPrefixes: [prefix] }, handle: async () => Promise.reject(new Error('handler broke')) });
        await expect(failing.done).rejects.toThrow('handler broke');

        const received: string[] = [];
        const retry = store.subscribe({ name, filter: { streamPrefixes: [prefix] }, handle: async (b) => void received.push(...ids(b)) });
        await retry.caughtUp();
        await retry.stop();
        expect(received).toEqual(ids(batch));
      });

      it('never lets two subscribers with the same name process at once, and hands over without loss', async () => {
        const prefix = uniqueStream('owner');
        const name = uniqueStream('owned');
        const handledBy = new Map<string, string[]>();
        let processing = 0;
        let overlap = 0;
        const subscriber = (id: string) =>
          store.subscribe({
            name,
            batchSize: 5,
            filter: { streamPrefixes: [prefix] },
            handle: async (batch) => {
              processing++;
              overlap = Math.max(overlap, processing);
              await new Promise((resolve) => setTimeout(resolve, 5));
              for (const event of batch) handledBy.set(event.id, [...(handledBy.get(event.id) ?? []), id]);
              processing--;
            },
          });
        const [one, two] = [subscriber('one'), subscriber('two')];
        const first = events(40);
        await store.append(`${prefix}-1`, first, 'no_stream');
        await eventually(() => handledBy.size === 40, 'the first 40 events');

        const owner = new Set([...handledBy.values()].flat());
        expect(owner.size).toBe(1);
        const [standby] = [one, two].filter((s) => s !== (owner.has('one') ? one : two));
        await (owner.has('one') ? one : two).stop();

        const second = events(20);
        await store.append(`${prefix}-1`, second, 40);
        await eventually(() => handledBy.size === 60, 'the 20 events after the hand-over');
        await standby!.stop();

        expect(overlap).toBe(1);
        expect([...handledBy.values()].every((by) => by.length === 1)).toBe(true);
        expect(new Set(ids(second).flatMap((id) => handledBy.get(id)!))).toEqual(new Set([owner.has('one') ? 'two' : 'one']));
      });

      it('tells a standby instance it is caught up once the owner has handled everything committed before the call', async () => {
        const prefix = uniqueStream('standby');
        const name = uniqueStream('watched');
        const subscriber = (into: string[]) =>
          store.subscribe({ name, batchSize: 5, filter: { streamPrefixes: [prefix] }, handle: async (batch) => void into.push(...ids(batch)) });
        const first = events(1);
        await store.append(`${prefix}-1`, first, 'no_stream');
        const byOwner: string[] = [];
        const owner = subscriber(byOwner);
        await eventually(() => byOwner.length === 1, 'the owner handling the first event');
        const byStandby: string[] = [];
        const standby = subscriber(byStandby);

        const more = events(12);
        await store.append(`${prefix}-1`, more, 1);
        await standby.caughtUp();
        expect(byOwner).toEqual(ids([...first, ...more]));
        expect(byStandby).toEqual([]);
        await standby.stop();
        await owner.stop();
      });

      if (capabilities.concurrentTransactions) {
        it('never skips an event whose transaction commits after a later one', async () => {
          const prefix = uniqueStream('gap');
          const received: string[] = [];
          const subscription = store.subscribe({ name: uniqueStream('gapless'), filter: { streamPrefixes: [prefix] }, handle: async (b) => void received.push(...ids(b)) });
          await subscription.caughtUp();

          const early = [anEvent('Early')];
          const held = await subject.appendInOpenTransaction!(`${prefix}-early`, early);
          const late = events(3, 'Late');
          await store.append(`${prefix}-late`, late, 'no_stream');

          // While the earlier transaction is open, nothing after it may be read as final.
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(received).toEqual([]);
          expect(await store.readAll({ maxCount: 10, filter: { streamPrefixes: [prefix] } })).toEqual([]);

          await held.commit();
          await eventually(() => received.length === 4, 'both transactions');
          await subscription.stop();
          expect(received).toEqual([...ids(early), ...ids(late)]);
          expect(ids(await store.readAll({ maxCount: 10, filter: { streamPrefixes: [prefix] } }))).toEqual([...ids(early), ...ids(late)]);
        });

        it('counts the events committed behind an open transaction as a backlog before they can be read', async () => {
          const prefix = uniqueStream('stalled');
          const filter = { streamPrefixes: [prefix] };
          const held = await subject.appendInOpenTransaction!(`${prefix}-early`, [anEvent('Early')]);
          const late = await store.append(`${prefix}-late`, events(3, 'Late'), 'no_stream');

          expect(await store.readAll({ maxCount: 10, filter })).toEqual([]);
          expect(await store.backlog({ filter })).toEqual({ events: 3, last: late.position });

          await held.commit();
          expect(await store.backlog({ filter })).toEqual({ events: 4, last: late.position });
        });
      }
    });
  });
}
