import type { EventToAppend } from '#shared-kernel';
import type { EventStore } from '../event-store.js';

/** What an adapter hands the shared contract suite. */
export interface ContractSubject {
  readonly store: EventStore;
  /**
   * Appends inside a transaction that stays open until `commit` is called; required when the suite is
   * told the storage holds concurrent transactions (a real Postgres server does, PGlite does not).
   */
  readonly appendInOpenTransaction?: (streamId: string, events: readonly EventToAppend[]) => Promise<{ commit(): Promise<void> }>;
  dispose(): Promise<void>;
}
