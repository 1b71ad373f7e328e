import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import postgres from 'postgres';
import { type ReadStreamOptions, StreamDeleted } from '#shared-kernel';
import { describeWithServer, POSTGRES } from '#testing';
import { events, uniqueStream } from './contract/contract-events.js';
import { describeEventStoreContract } from './contract/event-store.contract.js';
import type { EventStore } from './event-store.js';
import { postgresEventStore } from './postgres/postgres-event-store.js';
import { RememberingEventStore } from './remembering-event-store.js';

describeWithServer(POSTGRES, 'an event store that remembers the streams it read', (url) => {
  const schema = `remembering_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

  // Whatever it remembers, it must answer as the store does.
  describeEventStoreContract(
    'postgres, streams remembered',
    async () => {
      const inner = await postgresEventStore({ url, schema: `${schema}_contract`, pollIntervalMs: 50 });
      const store = new RememberingEventStore(inner, 10);
      return { store, dispose: () => store.close() };
    },
    { concurrentTransactions: false },
  );

  let inner: EventStore;
  let elsewhere: EventStore;
  const reads: { streamId: string; options?: ReadStreamOptions }[] = [];
  /** The store as the decorator sees it, noting what it is asked. */
  let asked: EventStore;

  beforeAll(async () => {
    inner = await postgresEventStore({ url, schema });
    elsewhere = await postgresEventStore({ url, schema });
    asked = Object.assign(Object.create(inner) as EventStore, {
      readStream: (streamId: string, options?: ReadStreamOptions) => (reads.push({ streamId, ...(options ? { options } : {}) }), inner.readStream(streamId, options)),
    });
  });
  afterAll(async () => {
    await inner?.close();
    await elsewhere?.close();
    const admin = postgres(url, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_contract CASCADE`);
    await admin.end();
  });

  it('asks the store only for what follows the events it holds, and sees another writer’s appends', async () => {
    const store = new RememberingEventStore(asked);
    const stream = uniqueStream('tail');
    await store.append(stream, events(3), 'no_stream');
    expect((await store.readStream(stream)).map((e) => e.streamPosition)).toEqual([1, 2, 3]);
    await elsewhere.append(stream, events(2), 3);
    const again = await store.readStream(stream);
    expect(again.map((e) => e.streamPosition)).toEqual([1, 2, 3, 4, 5]);
    expect(again).toEqual(await inner.readStream(stream));
    expect(reads.filter((read) => read.streamId === stream)).toEqual([{ streamId: stream }, { streamId: stream, options: { fromVersion: 4 } }]);
  });

  it('still throws for a stream deleted since, and forgets it', async () => {
    const store = new RememberingEventStore(asked);
    const stream = uniqueStream('deleted');
    await store.append(stream, events(2), 'no_stream');
    await store.readStream(stream);
    await elsewhere.deleteStream(stream, 2);
    await expect(store.readStream(stream)).rejects.toBeInstanceOf(StreamDeleted);
  });

  it('passes partial reads through, and answers whole reads right once it has forgotten a stream', async () => {
    const store = new RememberingEventStore(asked, 4);
    const [first, second] = [uniqueStream('first'), uniqueStream('second')];
    await store.append(first, events(3), 'no_stream');
    await store.append(second, events(3), 'no_stream');
    await store.readStream(first);
    await store.readStream(second);
    reads.length = 0;
    // Six events exceed four: the first stream read was forgotten and is read whole.
    expect(await store.readStream(first)).toEqual(await inner.readStream(first));
    expect(await store.readStream(first, { direction: 'backwards', maxCount: 1 })).toEqual(await inner.readStream(first, { direction: 'backwards', maxCount: 1 }));
    expect(reads.filter((read) => read.streamId === first)).toEqual([{ streamId: first }, { streamId: first, options: { direction: 'backwards', maxCount: 1 } }]);
  });

  it('remembers a single event it appended as a read answers it, so a handler can decide without a read', async () => {
    const store = new RememberingEventStore(asked);
    const stream = uniqueStream('appended');
    await store.append(stream, events(1), 'no_stream');
    await store.append(stream, events(1), 1);
    await store.append(stream, events(1), 'any');
    expect(store.remembered(stream)).toEqual(await inner.readStream(stream));
    reads.length = 0;
    expect(await store.readStream(stream)).toEqual(await inner.readStream(stream));
    expect(reads).toEqual([{ streamId: stream, options: { fromVersion: 4 } }]);
  });

  it('keeps what it holds a prefix when an append does not follow on from it', async () => {
    const store = new RememberingEventStore(asked);
    const stream = uniqueStream('prefix');
    const [first] = events(1);
    await store.append(stream, [first!], 'no_stream');
    await elsewhere.append(stream, events(1), 1);
    await store.append(stream, events(1), 'any');
    // A batch and a retry that stored nothing say nothing of when they were recorded.
    await store.append(stream, events(2), 3);
    await store.append(stream, [first!], 'any');
    expect(store.remembered(stream)).toEqual((await inner.readStream(stream)).slice(0, 1));
    expect(await store.readStream(stream)).toEqual(await inner.readStream(stream));
  });
});
