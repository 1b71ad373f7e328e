import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { describeWithServer, POSTGRES } from '#testing';
import type { EventToAppend } from '#shared-kernel';
import { describeEventStoreContract } from '../contract/event-store.contract.js';
import { AppendStatements } from './append-statement.js';
import { postgresEventStore } from './postgres-event-store.js';

describeWithServer(POSTGRES, 'postgres event store', (url) => {
  const schema = `contract_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

  describeEventStoreContract(
    'postgres',
    async () => {
      const store = await postgresEventStore({ url, schema, pollIntervalMs: 50 });
      const admin = postgres(url, { max: 2, onnotice: () => undefined });
      return {
        store,
        // A second connection appends and keeps its transaction open until told to commit.
        async appendInOpenTransaction(streamId: string, events: readonly EventToAppend[]) {
          let commit!: () => void;
          const released = new Promise<void>((resolve) => (commit = resolve));
          let appended!: () => void;
          const inFlight = new Promise<void>((resolve) => (appended = resolve));
          const transaction = admin.begin(async (tx) => {
            const { text, params } = new AppendStatements(schema).at(streamId, 0, events);
            await tx.unsafe(text, params as string[]);
            appended();
            await released;
          });
          await inFlight;
          return { commit: async () => void (commit(), await transaction) };
        },
        async dispose() {
          await store.close();
          await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
    { concurrentTransactions: true },
  );
});
