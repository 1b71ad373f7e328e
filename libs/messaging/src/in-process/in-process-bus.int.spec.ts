import { randomUUID } from 'node:crypto';
import { embeddedEventStore, SqlEventStore } from '#event-store';
import { postgresClient, type SqlClient } from '#sql';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type BusWorld, describeMessageBusContract } from '../contract/message-bus.contract.js';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { IntegrationMessage } from '../integration-message.js';
import { InProcessBus } from './in-process-bus.js';

// One process: every bus instance shares the embedded store, whose leases are held in memory.
describeMessageBusContract('in-process bus on the embedded store', async (): Promise<BusWorld> => {
  const store = await embeddedEventStore({ pollIntervalMs: 20 });
  return {
    instance: async ({ delivery } = {}) => new InProcessBus(store, new ConsumerRegistry(), { resubscribeDelayMs: 20, ...(delivery ? { delivery } : {}) }),
    dispose: () => store.close(),
  };
});

// Each instance its own client and store on one schema, as separate processes would have them.
describeWithServer(POSTGRES, 'in-process bus on postgres', (url) =>
  describeMessageBusContract('in-process bus on postgres', async (): Promise<BusWorld> => {
    const schema = `bus_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const clients: SqlClient[] = [];
    const stores: SqlEventStore[] = [];
    return {
      async instance({ delivery } = {}) {
        const client = postgresClient({ url, maxConnections: 4 });
        clients.push(client);
        const store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
        stores.push(store);
        return new InProcessBus(store, new ConsumerRegistry(), { resubscribeDelayMs: 20, ...(delivery ? { delivery } : {}) });
      },
      async dispose() {
        for (const store of stores) await store.close();
        await clients[0]?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        for (const client of clients) await client.close();
      },
    };
  }),
);

describe('in-process bus lag', () => {
  const felled = (tree: number): IntegrationMessage<{ type: 'TreeFelled'; version: 1; data: { tree: number } }> => ({
    id: randomUUID(),
    type: 'TreeFelled',
    version: 1,
    data: { tree },
    streamId: `tree-${tree}`,
    metadata: { correlationId: 'lag', causationId: 'lag', actor: { id: 'lag', role: 'system' }, occurredAt: '2026-06-01T00:00:00Z' },
  });

  it('tells each running consumer the events it has yet to be handed, up to a bound, and none once it has handled them', async () => {
    const store = await embeddedEventStore({ pollIntervalMs: 20 });
    const bus = new InProcessBus(store, new ConsumerRegistry());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const handled: number[] = [];
    bus.consume<ReturnType<typeof felled>>({ name: 'sawmill', types: ['TreeFelled'], handle: async (m) => void (await held, handled.push(m.data.tree)) });
    bus.consume<ReturnType<typeof felled>>({ name: 'census', types: ['TreeFelled'], handle: async () => undefined });
    bus.start();
    await bus.publish([felled(1), felled(2), felled(3)]);
    await eventually(async () => expect(await bus.lag()).toEqual([{ consumer: 'sawmill', messages: 3 }, { consumer: 'census', messages: 0 }]));
    expect(await bus.lag(2)).toEqual([{ consumer: 'sawmill', messages: 2 }, { consumer: 'census', messages: 0 }]);

    release();
    await bus.caughtUp();
    expect(handled).toEqual([1, 2, 3]);
    expect(await bus.lag()).toEqual([{ consumer: 'sawmill', messages: 0 }, { consumer: 'census', messages: 0 }]);
    await bus.stop();
    await store.close();
  });
});
