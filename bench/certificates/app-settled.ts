import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchDatabase } from '../shared/bench-database.js';
import { HttpClient } from '../shared/http-client.js';

const POLL_MS = 500;

/** Retries `probe` every second until it passes; its last error once `timeoutMs` has gone by. */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(1000);
    }
  }
}

/**
 * Resolves once the app has nothing left to do with what it was given: no read model behind the log, and neither the
 * log nor any consumer's position moved over two polls. Consumers, processes and projections work off the request
 * path, so a timed phase must not start while the previous one's work is still running.
 */
export async function appSettled(baseUrl: string, operatorToken: string, admin: BenchDatabase, eventSchema: string, timeoutMs: number): Promise<void> {
  // Sockets of its own: a kept-alive one idle through a timed phase may be closed by the server as a poll goes out on it.
  const http = new HttpClient(baseUrl, 1);
  try {
    await untilStill(http, operatorToken, admin, eventSchema, timeoutMs);
  } finally {
    http.close();
  }
}

async function untilStill(http: HttpClient, operatorToken: string, admin: BenchDatabase, eventSchema: string, timeoutMs: number): Promise<void> {
  let last = '';
  let still = 0;
  const deadline = Date.now() + timeoutMs;
  while (still < 2) {
    if (Date.now() > deadline) throw new Error(`The app did not settle within ${timeoutMs / 1000} s`);
    await sleep(POLL_MS);
    const readModels = (await http.expect(200, 'GET', '/operations/projections', { token: operatorToken })) as { name: string; lag?: number }[];
    const [log] = await admin.query<{ head: string | null; moved: string | null }>(
      `SELECT (SELECT max(global_position) FROM ${eventSchema}.events)::text AS head, (SELECT max(updated_at) FROM ${eventSchema}.subscriptions)::text AS moved`,
    );
    const now = `${log?.head}/${log?.moved}`;
    still = readModels.every((model) => (model.lag ?? 0) === 0) && now === last ? still + 1 : 0;
    last = now;
  }
}
