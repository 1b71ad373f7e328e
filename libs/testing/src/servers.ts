import { describe, it } from '@jest/globals';

export interface Server {
  /** Name as listed in REQUIRE_SERVICES, e.g. `postgres`. */
  readonly name: string;
  /** Environment variable holding its URL. */
  readonly urlVariable: string;
}

export const POSTGRES: Server = { name: 'postgres', urlVariable: 'DATABASE_URL' };
export const EVENTSTOREDB: Server = { name: 'eventstoredb', urlVariable: 'EVENTSTORE_URL' };
/** A comma-separated list of `host:port` bootstrap brokers. */
export const KAFKA: Server = { name: 'kafka', urlVariable: 'KAFKA_BROKERS' };

/** Marks a block skipped for a missing server; the run-summary reporter lists these at the end of the run. */
export const SKIPPED_PREFIX = '[skipped: server missing]';

function required(server: Server): boolean {
  return (process.env.REQUIRE_SERVICES ?? '').split(',').map((s) => s.trim()).includes(server.name);
}

/**
 * A block that needs a real server: runs against the URL in its environment variable; without it,
 * fails when REQUIRE_SERVICES names the server (CI), and is skipped loudly otherwise (a laptop).
 */
export function describeWithServer(server: Server, title: string, body: (url: string) => void): void {
  const url = process.env[server.urlVariable];
  if (url) return describe(title, () => body(url));
  if (required(server)) {
    return describe(title, () => {
      it(`has ${server.name} at ${server.urlVariable}`, () => {
        throw new Error(`${server.urlVariable} is not set, and REQUIRE_SERVICES requires ${server.name}`);
      });
    });
  }
  // Skipped on purpose: no server here and none required; the reporter names it at the end.
  describe.skip(`${SKIPPED_PREFIX} ${server.name} (${server.urlVariable} not set): ${title}`, () => body(''));
}
