import { SqlEventStore } from '#event-store';
import { postgresClient } from '#sql';
import { ConsumerRegistry } from '../../delivery/consumer-registry.js';
import { FaultPoints } from '../../faults/fault-points.js';
import { KafkaBus } from '../kafka-bus.js';
import type { Counted } from './counted-publication.js';
import { EffectsTable } from './effects-table.js';

/**
 * A consuming service in a process of its own (`consuming-process.ts` starts it), so a test can kill it dead:
 * it records each `Counted` message of `BUS_CONTEXT`'s topic in its effects table, and dies by SIGKILL right
 * after committing the effect `FAULT_KILL_AT` names (`applied/<n>`), before Kafka has its offset.
 */
const env = (name: string): string => process.env[name] ?? fail(`${name} is not set`);
const faults = new FaultPoints((process.env.FAULT_KILL_AT ?? '').split(',').filter(Boolean));
const schema = env('SERVICE_SCHEMA');

const client = postgresClient({ url: env('DATABASE_URL'), maxConnections: 8 });
const store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
const effects = new EffectsTable(`${schema}_effects`);
const bus = new KafkaBus(store, new ConsumerRegistry(), { brokers: env('KAFKA_BROKERS').split(','), clientId: schema, topics: [{ context: env('BUS_CONTEXT'), types: ['Counted'] }], retryDelayMs: 50 });
bus.consume<Counted>({
  name: env('CONSUMER_NAME'),
  types: ['Counted'],
  handle: async (message) => faults.reached(`applied/${(await effects.apply(client, message)).applied}`),
});
bus.start();

process.once('SIGTERM', () => {
  void (async () => {
    await bus.stop();
    await store.close();
    await client.close();
    process.exit(0);
  })();
});

function fail(reason: string): never {
  throw new Error(reason);
}
