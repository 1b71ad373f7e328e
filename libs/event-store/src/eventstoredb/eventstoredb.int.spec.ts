import { describeWithServer, EVENTSTOREDB } from '#testing';
import { describeEventStoreContract } from '../contract/event-store.contract.js';
import { eventStoreDbEventStore } from './eventstoredb-event-store.js';

describeWithServer(EVENTSTOREDB, 'eventstoredb adapter', (url) =>
  describeEventStoreContract(
    'eventstoredb',
    async () => {
      const store = eventStoreDbEventStore({ url });
      return { store, dispose: () => store.close() };
    },
    // The server writes one commit at a time and exposes no open transaction to stage out of order.
    { concurrentTransactions: false },
  ),
);
