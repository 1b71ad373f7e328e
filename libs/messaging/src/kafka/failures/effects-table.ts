import type { SqlClient, SqlExecutor } from '#sql';
import type { IntegrationMessage } from '../../integration-message.js';
import type { Counted } from './counted-publication.js';

export interface Tally {
  /** Messages whose effect was recorded: each message once, however often delivered. */
  readonly applied: number;
  /** Deliveries that reached a commit, a redelivered message counted again. */
  readonly handled: number;
}

/**
 * A consumer's read model with its inbox: one row per message id and a tally, written in one transaction, so a
 * message delivered again (at-least-once) changes nothing and a process killed mid-transaction leaves nothing.
 */
export class EffectsTable {
  constructor(private readonly schema: string) {}

  async create(db: SqlExecutor): Promise<void> {
    await db.exec(`
      CREATE SCHEMA IF NOT EXISTS ${this.schema};
      CREATE TABLE ${this.schema}.effects (message_id uuid PRIMARY KEY, stream text NOT NULL, seq int NOT NULL);
      CREATE TABLE ${this.schema}.tally (applied int NOT NULL, handled int NOT NULL);
      INSERT INTO ${this.schema}.tally VALUES (0, 0);`);
  }

  /** Records the message's effect unless its id is already in; resolves to the tally it committed. */
  async apply(db: Pick<SqlClient, 'transaction'>, message: IntegrationMessage<Counted>): Promise<Tally> {
    return db.transaction(async (tx) => {
      const inserted = await tx.query(`INSERT INTO ${this.schema}.effects VALUES ($1, $2, $3) ON CONFLICT (message_id) DO NOTHING RETURNING message_id`, [message.id, message.streamId, message.data.seq]);
      const [tally] = await tx.query<{ applied: number; handled: number }>(`UPDATE ${this.schema}.tally SET applied = applied + $1, handled = handled + 1 RETURNING applied, handled`, [inserted.length]);
      return tally!;
    });
  }

  async tally(db: SqlExecutor): Promise<Tally> {
    const [tally] = await db.query<{ applied: number; handled: number }>(`SELECT applied, handled FROM ${this.schema}.tally`);
    return tally!;
  }

  /** The ids of the messages whose effect is recorded. */
  async ids(db: SqlExecutor): Promise<string[]> {
    return (await db.query<{ message_id: string }>(`SELECT message_id FROM ${this.schema}.effects ORDER BY message_id`)).map((row) => row.message_id);
  }

  drop(db: SqlExecutor): Promise<void> {
    return db.exec(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }
}
