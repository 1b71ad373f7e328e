import { randomUUID } from 'node:crypto';
import { embeddedEventStore, SqlEventStore } from '#event-store';
import { postgresClient, type SqlClient } from '#sql';
import { describeWithServer, POSTGRES } from '#testing';
import { type BusWorld, describeMessageBusContract } from '../contract/message-bus.contract.js';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
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
