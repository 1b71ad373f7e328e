export type Row = Record<string, unknown>;

/** Runs one statement with positional parameters ($1, $2, …). */
export interface SqlExecutor {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** An exclusive, session-bound claim on a name (an advisory lock on a real server). */
export interface Lease {
  release(): Promise<void>;
}

/** The one way this project talks to Postgres, whether a server (postgres.js) or embedded (PGlite). */
export interface SqlClient extends SqlExecutor {
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Calls `onNotify` on each NOTIFY to the channel; resolves to an unlisten function. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Claims `key` unless another session holds it. */
  tryLease(key: string): Promise<Lease | undefined>;
  close(): Promise<void>;
}
