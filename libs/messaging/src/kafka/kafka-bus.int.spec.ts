import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { postgresClient, type SqlClient } from '#sql';
import { SqlEventStore } from '#event-store';
import { describeWithServer, KAFKA, POSTGRES } from '#testing';
import { type BusWorld, describeMessageBusContract } from '../contract/message-bus.contract.js';
import { ConsumerRegistry } from '../delivery/consumer-registry.js';
import { KafkaBus } from './kafka-bus.js';
import { topicName } from './topics.js';

// Each instance its own store client and Kafka client, over one schema and one broker, as separate processes of one service.
describeWithServer(KAFKA, 'kafka bus', (brokers) =>
  describeWithServer(POSTGRES, 'kafka bus over postgres stores', (url) =>
    describeMessageBusContract('kafka bus', async (): Promise<BusWorld> => {
      const run = randomUUID().replaceAll('-', '').slice(0, 12);
      const schema = `kafka_${run}`;
      const context = `contract${run}`;
      const clients: SqlClient[] = [];
      const stores: SqlEventStore[] = [];
      return {
        async instance({ delivery } = {}) {
          const client = postgresClient({ url, maxConnections: 4 });
          clients.push(client);
          const store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
          stores.push(store);
          return new KafkaBus(store, new ConsumerRegistry(), {
            brokers: brokers.split(','),
            clientId: `contract-${stores.length}`,
            topics: [{ context, types: ['CountTaken', 'StepTaken', 'NoteTaken', 'OnceTaken'] }],
            retryDelayMs: 50,
            ...(delivery ? { delivery } : {}),
          });
        },
        async dispose() {
          for (const store of stores) await store.close();
          await clients[0]?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          for (const client of clients) await client.close();
          const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
          await admin.connect();
          await admin.deleteTopics({ topics: [topicName(context)] });
          await admin.disconnect();
        },
      };
    }),
  ),
);
